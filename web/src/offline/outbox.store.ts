import { create } from 'zustand';
import type { OutboxItem } from './outbox-item.ts';

/**
 * What the header shows of the outbox. Only state lives here, so the first paint carries no
 * IndexedDB code: the queue itself (outbox.ts) loads after the map.
 */
interface OutboxView {
  /** every account's queued writes on this device (another account's wait for it to log in) */
  items: OutboxItem[];
  /** false until the queue was read from IndexedDB */
  loaded: boolean;
  syncing: boolean;
  /** the queue's panel is open */
  open: boolean;
  /** a write was just kept for later: said once beside the badge */
  justQueued: boolean;
  /** when this device last heard from the server while sending (ms) */
  lastSync: number | null;
  /** the oldest answer shown from the offline cache since the connection was lost: when the server gave it (ms) */
  cachedAt: number | null;
}

export const useOutbox = create<OutboxView>(() => ({ items: [], loaded: false, syncing: false, open: false, justQueued: false, lastSync: null, cachedAt: null }));

/** The outbox and the service worker, started once the map is up. */
export const loadOfflineStart = () => import('./start-offline.ts');
