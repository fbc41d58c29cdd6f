/**
 * Slows down password guessing: after FREE failures for a username or an address, each further
 * attempt must wait, doubling from 1 s up to 15 min. A success clears the username's record.
 * In memory: a restart forgets, which is acceptable for a single-process county deployment.
 */
const FREE = 5;
const BASE_MS = 1000;
const MAX_MS = 15 * 60_000;
const FORGET_MS = 60 * 60_000;

interface Record {
  failures: number;
  last: number;
}

export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  /** Milliseconds the caller must still wait before trying again (0: go ahead). */
  waitFor(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const r = this.records.get(key);
      if (!r || now - r.last > FORGET_MS || r.failures < FREE) continue;
      const delay = Math.min(MAX_MS, BASE_MS * 2 ** (r.failures - FREE));
      wait = Math.max(wait, r.last + delay - now);
    }
    return Math.max(0, wait);
  }

  fail(keys: string[], now: number): void {
    for (const key of keys) {
      const r = this.records.get(key);
      const fresh = !r || now - r.last > FORGET_MS;
      this.records.set(key, { failures: fresh ? 1 : r.failures + 1, last: now });
    }
  }

  succeed(key: string): void {
    this.records.delete(key);
  }
}
