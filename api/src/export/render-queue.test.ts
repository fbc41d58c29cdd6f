import { describe, expect, it } from 'vitest';
import { RenderQueue } from './render-queue.ts';

describe('RenderQueue', () => {
  it('runs one job at a time, in order, and refuses beyond the waiting limit', async () => {
    const queue = new RenderQueue(2);
    const log: string[] = [];
    let release!: () => void;
    const first = queue.run(async () => {
      log.push('a start');
      await new Promise<void>((r) => (release = r));
      log.push('a end');
      return 'a';
    });
    const second = queue.run(async () => {
      log.push('b');
      return 'b';
    });
    expect(() => queue.run(async () => 'c')).toThrow(/try again/);
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(['a start']);
    release();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b']);
  });

  it('goes on with the next job when one fails', async () => {
    const queue = new RenderQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});

describe('RenderQueue limits', () => {
  const hold = () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    return { gate, release };
  };

  it('lets one user hold one place (429), and tells a refused client when to come back (503 + seconds)', async () => {
    const queue = new RenderQueue(2, 1);
    const { gate, release } = hold();
    const a = queue.run(() => gate.then(() => 'a'), { owner: 'u1' });
    expect(() => queue.run(async () => 'again', { owner: 'u1' })).toThrow(expect.objectContaining({ status: 429, code: 'export_pending' }));
    const b = queue.run(async () => 'b', { owner: 'u2' });
    let busy: unknown;
    try {
      queue.run(async () => 'c', { owner: 'u3' });
    } catch (err) {
      busy = err;
    }
    expect(busy).toMatchObject({ status: 503, code: 'busy', details: { retryAfterSeconds: 60 } });
    release();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(await queue.run(async () => 'u1 again', { owner: 'u1' })).toBe('u1 again');
  });

  it('drops a waiting render whose client has gone, and tells a running one to stop', async () => {
    const queue = new RenderQueue(3, 1);
    const { gate, release } = hold();
    const running = new AbortController();
    let stopped = false;
    const first = queue.run(
      async (signal) => {
        signal?.addEventListener('abort', () => (stopped = true));
        await gate;
        return 'first';
      },
      { owner: 'u1', signal: running.signal },
    );
    const gone = new AbortController();
    let ran = false;
    const second = queue.run(
      async () => {
        ran = true;
        return 'second';
      },
      { owner: 'u2', signal: gone.signal },
    );
    await new Promise((r) => setTimeout(r, 5));
    gone.abort();
    running.abort();
    expect(stopped).toBe(true);
    release();
    await first;
    await expect(second).rejects.toThrow('went away');
    expect(ran).toBe(false);
  });
});
