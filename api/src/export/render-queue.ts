import { HttpError } from '../http/errors.ts';

/**
 * Runs renders one at a time: each one is a headless Chromium drawing 300 dpi maps in software,
 * which takes both cores for seconds. A few wait their turn; beyond that the answer is 503.
 */
export class RenderQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting = 3) {}

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.maxWaiting) throw new HttpError(503, 'busy', 'other exports are being rendered; try again in a minute');
    this.waiting += 1;
    const result = this.tail.then(
      () => job(),
      () => job(),
    );
    this.tail = result.finally(() => {
      this.waiting -= 1;
    });
    return result;
  }
}
