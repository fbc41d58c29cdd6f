import { HttpError } from '../http/errors.ts';

/** How long a client refused for a full queue should wait, per render ahead of it. */
const SECONDS_PER_RENDER = 20;

export interface QueueTicket {
  /** whose render this is (a user id): each may have at most `maxPerOwner` waiting or running */
  owner?: string;
  /** aborted when the client has gone: a waiting render is dropped, a running one told to stop */
  signal?: AbortSignal;
}

/** The client went away before its render was made. */
export class RenderCancelled extends Error {}

/**
 * Runs renders one at a time: each one is a headless Chromium drawing 300 dpi maps in software,
 * which takes both cores for seconds. A few wait their turn; beyond that the answer is 503 with
 * Retry-After, and one user may not hold more than `maxPerOwner` places (429), so a single
 * account cannot tie the queue up. A render whose client has gone is skipped or stopped.
 */
export class RenderQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private readonly byOwner = new Map<string, number>();

  constructor(
    private readonly maxWaiting = 3,
    private readonly maxPerOwner = 1,
  ) {}

  run<T>(job: (signal?: AbortSignal) => Promise<T>, { owner, signal }: QueueTicket = {}): Promise<T> {
    if (owner !== undefined && (this.byOwner.get(owner) ?? 0) >= this.maxPerOwner) {
      throw new HttpError(429, 'export_pending', `you already have ${this.maxPerOwner === 1 ? 'an export' : `${this.maxPerOwner} exports`} being made; wait for it to finish`, { retryAfterSeconds: SECONDS_PER_RENDER, max: this.maxPerOwner });
    }
    if (this.waiting >= this.maxWaiting) {
      throw new HttpError(503, 'busy', 'other exports are being rendered; try again in a minute', { retryAfterSeconds: SECONDS_PER_RENDER * (this.waiting + 1) });
    }
    this.waiting += 1;
    if (owner !== undefined) this.byOwner.set(owner, (this.byOwner.get(owner) ?? 0) + 1);
    const start = () => {
      if (signal?.aborted) throw new RenderCancelled('the client went away before its turn');
      return job(signal);
    };
    const result = this.tail.then(start, start);
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.waiting -= 1;
        if (owner !== undefined) {
          const left = (this.byOwner.get(owner) ?? 1) - 1;
          if (left > 0) this.byOwner.set(owner, left);
          else this.byOwner.delete(owner);
        }
      });
    return result;
  }
}
