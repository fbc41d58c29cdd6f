import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Store } from '../db/store.ts';

interface Rule {
  /** failures let through before any wait */
  free: number;
  /** the longest wait, reached by doubling from 1 s */
  maxMs: number;
}

/**
 * Three counters per attempt. Guessing one account from one address slows down fast (pair); one
 * address trying many accounts slows down too (addr); an account guessed from many addresses
 * slows down only after many failures and never for more than a minute (acct), so an attacker
 * who rotates addresses cannot lock the real user out of their account.
 */
const RULES: Record<'pair' | 'addr' | 'acct', Rule> = {
  pair: { free: 5, maxMs: 15 * 60_000 },
  addr: { free: 20, maxMs: 15 * 60_000 },
  acct: { free: 50, maxMs: 60_000 },
};
const BASE_MS = 1000;
const FORGET_MS = 60 * 60_000;

type Kind = keyof typeof RULES;

export function throttleKeys(username: string, address: string): Record<Kind, string> {
  const account = username.trim().toLowerCase();
  return { pair: `pair:${account}\n${address}`, addr: `addr:${address}`, acct: `acct:${account}` };
}

/**
 * Slows down password guessing, in the database so every API process counts alike. An attempt
 * takes its place in the count before its password is checked, in one transaction per attempt,
 * so a burst of concurrent guesses is counted one by one. Time is the machine's (`clock`), not
 * the deployment's business clock: a fixed WANGGE_NOW would otherwise never let a wait end.
 */
export class LoginThrottle {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt and answers 0, or the milliseconds still to wait (nothing counted). */
  async attempt(keys: Record<Kind, string>): Promise<number> {
    const now = this.clock();
    const { t } = this.store;
    const names = Object.values(keys).sort();
    return this.store.tx(async ({ db }) => {
      // taking each row first locks it (PostgreSQL) so concurrent attempts queue behind this one
      for (const key of names) {
        await db
          .insert(t.loginThrottle)
          .values({ key, failures: 0, lastAt: now })
          .onConflictDoUpdate({ target: t.loginThrottle.key, set: { failures: sql`${t.loginThrottle.failures}` } });
      }
      const rows = await db.select().from(t.loginThrottle).where(inArray(t.loginThrottle.key, names));
      const byKey = new Map(rows.map((r) => [r.key, r]));
      let wait = 0;
      for (const kind of Object.keys(keys) as Kind[]) {
        const r = byKey.get(keys[kind]);
        if (!r || now - r.lastAt > FORGET_MS || r.failures < RULES[kind].free) continue;
        const delay = Math.min(RULES[kind].maxMs, BASE_MS * 2 ** Math.min(30, r.failures - RULES[kind].free));
        wait = Math.max(wait, r.lastAt + delay - now);
      }
      if (wait > 0) return wait;
      // forgotten counters go now and then, so addresses tried once do not pile up
      if (Math.random() < 0.01) await db.delete(t.loginThrottle).where(lt(t.loginThrottle.lastAt, now - FORGET_MS));
      for (const key of names) {
        const r = byKey.get(key);
        const fresh = !r || now - r.lastAt > FORGET_MS;
        await db.update(t.loginThrottle).set({ failures: fresh ? 1 : r.failures + 1, lastAt: now }).where(eq(t.loginThrottle.key, key));
      }
      return 0;
    });
  }

  /** A right password: this account from this address starts afresh, and the attempt counts against nothing else. */
  async succeed(keys: Record<Kind, string>): Promise<void> {
    const { t } = this.store;
    await this.store.tx(async ({ db }) => {
      await db.delete(t.loginThrottle).where(eq(t.loginThrottle.key, keys.pair));
      await db
        .update(t.loginThrottle)
        .set({ failures: sql`case when ${t.loginThrottle.failures} > 0 then ${t.loginThrottle.failures} - 1 else 0 end` })
        .where(inArray(t.loginThrottle.key, [keys.addr, keys.acct]));
    });
  }
}
