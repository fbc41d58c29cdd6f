import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  url: string;
  contentType: string | undefined;
  body: unknown;
}

/**
 * A local HTTP receiver standing in for a group robot, on a free port: it records what it was
 * sent and answers as told — a robot's OK, a 500, a robot's refusal, or nothing at all (it hangs).
 */
export async function receiver(answer: 'ok' | '500' | 'refuse' | 'hang') {
  const received: Received[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(text) });
      if (answer === 'hang') return void hanging.add(res);
      if (answer === '500') return void res.writeHead(500).end('robot down');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answer === 'ok' ? '{"errcode":0,"errmsg":"ok"}' : '{"errcode":93000,"errmsg":"invalid webhook url"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
