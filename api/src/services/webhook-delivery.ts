import { and, asc, eq, inArray, lte, min } from 'drizzle-orm';
import { DELIVERY_STATUS, type WebhookKind } from '@wangge/geodata';
import type { Clock } from '../clock.ts';
import { first } from '../db/query.ts';
import type { Store } from '../db/store.ts';
import { dingtalkSignedUrl, receipt } from './webhook-format.ts';

export interface DeliveryOptions {
  /** how long one attempt may take, answer included */
  timeoutMs: number;
  /** attempts in all, the first included */
  attempts: number;
  /** the wait before the second attempt; it doubles before each one after */
  backoffMs: number;
  fetch: typeof fetch;
  /** the machine's clock: back-off and claims run in real time even when the deployment's clock is fixed (WANGGE_NOW) */
  wallClock: () => number;
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, 'fetch' | 'wallClock'> = { timeoutMs: 5_000, attempts: 4, backoffMs: 2_000 };

const BATCH = 20;
/** a claim outlives the attempt by this much, so a slow answer is not claimed twice */
const CLAIM_MARGIN_MS = 5_000;

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

function failure(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return `could not send: ${e.message ?? String(err)}${cause ? ` (${cause})` : ''}`;
}

/**
 * Sends queued group messages in the background, never inside a request: each attempt has a
 * timeout, a failed one is retried after a back-off that doubles, and every attempt's outcome is
 * written to the delivery log. Several processes may run one each: a message is claimed with a
 * conditional update before it is sent, and a claim left by a process that died expires.
 */
export class WebhookDeliverer {
  private readonly opts: DeliveryOptions;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: { handle: NodeJS.Timeout; fired: Promise<void> } | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    options: Partial<DeliveryOptions> = {},
  ) {
    this.opts = { ...DEFAULT_DELIVERY, fetch: globalThis.fetch, wallClock: Date.now, ...options };
  }

  /** Sends whatever is due now, in the background; messages queued meanwhile are picked up too. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => console.error('webhook delivery:', err))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once nothing is being sent and no retry is waiting (tests, and a clean stop). */
  async idle(): Promise<void> {
    while (this.running || this.timer) await (this.running ?? this.timer!.fired);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /**
   * Reads and claims in a transaction of their own: on SQLite's one connection a statement outside
   * one would join whichever transaction is open, and could send a message that is then rolled back.
   */
  private async drain(): Promise<void> {
    const d = this.store.t.webhookDeliveries;
    const open = inArray(d.status, [DELIVERY_STATUS.pending, DELIVERY_STATUS.sending]);
    for (;;) {
      const wall = this.opts.wallClock();
      const claimed = await this.store.tx(async ({ db, t }) => {
        const due = await db
          .select({ id: d.id, status: d.status, notBefore: d.notBefore, attempts: d.attempts, body: d.body, url: t.webhooks.url, kind: t.webhooks.kind, secret: t.webhooks.secret })
          .from(d)
          .innerJoin(t.webhooks, eq(t.webhooks.id, d.webhookId))
          .where(and(open, lte(d.notBefore, wall)))
          .orderBy(asc(d.id))
          .limit(BATCH);
        const mine = [];
        for (const row of due) {
          const claim = await db
            .update(d)
            .set({ status: DELIVERY_STATUS.sending, notBefore: wall + this.opts.timeoutMs + CLAIM_MARGIN_MS })
            .where(and(eq(d.id, row.id), eq(d.status, row.status), eq(d.notBefore, row.notBefore)))
            .returning({ id: d.id });
          if (claim.length) mine.push(row);
        }
        return mine;
      });
      if (claimed.length === 0) break;
      // one receiver that hangs must not hold up the others
      await Promise.all(claimed.map(async (row) => this.record(row.id, row.attempts + 1, await this.attempt(row))));
      if (this.stopped) return;
    }
    const next = (await this.store.tx(({ db }) => first(db.select({ at: min(d.notBefore) }).from(d).where(open)), { readOnly: true }))?.at;
    if (next !== null && next !== undefined) this.wakeAt(next);
  }

  private wakeAt(at: number): void {
    if (this.timer || this.stopped) return;
    let resolve!: () => void;
    const fired = new Promise<void>((r) => (resolve = r));
    const handle = setTimeout(() => {
      this.timer = null;
      this.kick();
      resolve();
    }, Math.max(0, at - this.opts.wallClock()));
    // a waiting retry does not keep a stopping server alive; the message stays queued for the next start
    handle.unref();
    this.timer = { handle, fired };
  }

  private async attempt(row: { url: string; kind: string; secret: string | null; body: unknown }): Promise<Outcome> {
    const kind = row.kind as WebhookKind;
    const url = kind === 'dingtalk' && row.secret ? dingtalkSignedUrl(row.url, row.secret, this.opts.wallClock()) : row.url;
    try {
      const res = await this.opts.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(row.body),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
        // a robot answers where it is asked; following a redirect would send the message somewhere nobody configured
        redirect: 'manual',
      });
      const r = receipt(kind, res.status, await res.text());
      return r.ok ? { ok: true, status: res.status } : { ok: false, status: res.status, error: r.error };
    } catch (err) {
      return { ok: false, status: null, error: failure(err, this.opts.timeoutMs) };
    }
  }

  private async record(id: number, attempts: number, outcome: Outcome): Promise<void> {
    const d = this.store.t.webhookDeliveries;
    const last = attempts >= this.opts.attempts;
    const set = outcome.ok
      ? { status: DELIVERY_STATUS.sent, attempts, httpStatus: outcome.status, error: null, sentAt: this.clock() }
      : {
          status: last ? DELIVERY_STATUS.failed : DELIVERY_STATUS.pending,
          attempts,
          httpStatus: outcome.status,
          error: last ? `${outcome.error} (gave up after ${attempts} attempts)` : outcome.error,
          notBefore: this.opts.wallClock() + this.opts.backoffMs * 2 ** (attempts - 1),
        };
    await this.store.tx(({ db }) => db.update(d).set(set).where(and(eq(d.id, id), eq(d.status, DELIVERY_STATUS.sending))));
  }
}
