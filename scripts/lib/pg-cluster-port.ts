import { createServer } from 'node:net';

/**
 * A TCP port nothing listens on right now on 127.0.0.1. Another process may take it before the
 * server binds it, so a caller that starts a server on it retries with another.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('the system gave no port'))));
    });
  });
}
