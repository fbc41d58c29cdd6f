import { apiCounty } from '../api/county.ts';
import { useProblemQuery } from '../problems/query.store.ts';
import { useReports } from '../reports/reports.store.ts';
import { useSessionStore } from '../session/session.store.ts';
import { useData } from '../state/data.store.ts';
import { OutboxDb } from './outbox-db.ts';
import { createOutbox } from './outbox-engine.ts';
import { OUTBOX_KINDS, OUTBOX_STATES, type OutboxItem } from './outbox-item.ts';
import { useOutbox } from './outbox.store.ts';
import { httpTransport } from './outbox-transport.ts';
import { shrinkForQueue } from './shrink-photo.ts';

function refreshViews(items: readonly OutboxItem[]) {
  useProblemQuery.getState().changed();
  const weeks = new Set(items.flatMap((i) => (i.kind === OUTBOX_KINDS.report ? [i.body.week] : [])));
  for (const week of weeks) {
    void useData.getState().reloadStatus(week);
    void useReports.getState().loadWeek(week, { force: true });
  }
}

/** The device's outbox: IndexedDB, the app's own routes, the logged-in account. */
export const outbox = createOutbox({
  db: new OutboxDb(),
  transport: httpTransport,
  user: () => useSessionStore.getState().me?.username ?? null,
  county: apiCounty,
  shrink: shrinkForQueue,
  now: Date.now,
  delivered: refreshViews,
});

/** How often waiting writes are tried again while the page is open. */
const RETRY_MS = 30_000;

let started = false;

/**
 * Reads the queue and sends it: now (the app started), whenever the connection returns, each time
 * an account logs in (its own queue only: state/wiring.ts), and every half minute while something waits. Background
 * Sync is not relied on: many webviews lack it, so the page does it while open.
 */
export function startOutbox(): void {
  if (started) return;
  started = true;
  void outbox.load().then(outbox.sync);
  window.addEventListener('online', () => void outbox.sync());
  // a reconnect the browser did not notice (a captive portal, a server back up): try again now and then
  setInterval(() => {
    if (useOutbox.getState().items.some((i) => i.state === OUTBOX_STATES.queued)) void outbox.sync();
  }, RETRY_MS);
}
