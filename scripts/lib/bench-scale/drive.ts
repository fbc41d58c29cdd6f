import { Agent, request } from 'node:http';

export interface Driven {
  requests: number;
  /** answers that were not 2xx, and requests that failed */
  errors: number;
  p50: number;
  p99: number;
  /** requests answered per second */
  throughput: number;
}

export interface DriveOptions {
  clients: number;
  seconds: number;
  cookie: string;
}

export const quantile = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** One GET over a keep-alive agent: its status once the whole body is read. */
export function get(agent: Agent, url: string, cookie: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(url, { agent, headers: { cookie } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * `clients` loops, each sending the next path as soon as the last answered, for `seconds`; latency
 * from sending to the body's end.
 */
export async function drive(base: string, next: (client: number, n: number) => string, { clients, seconds, cookie }: DriveOptions): Promise<Driven> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async (i: number) => {
    for (let n = 0; performance.now() < until; n++) {
      const t0 = performance.now();
      try {
        const status = await get(agent, base + next(i, n), cookie);
        if (status < 200 || status > 299) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), throughput: latencies.length / elapsed };
}
