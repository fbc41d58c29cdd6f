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
