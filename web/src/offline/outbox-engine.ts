import type { OutboxDb } from './outbox-db.ts';
import { OUTBOX_KINDS, OUTBOX_STATES, sendable, storePhoto, type NewOutboxItem, type OutboxItem } from './outbox-item.ts';
import { sendItem, type OutboxTransport } from './outbox-send.ts';
import { useOutbox } from './outbox.store.ts';

export interface OutboxDeps {
  db: Pick<OutboxDb, 'all' | 'put' | 'delete'>;
  transport: OutboxTransport;
  /** the logged-in account's username, or null */
  user: () => string | null;
  county: () => string | null;
  /** makes a photo small enough to keep and send (long side ≤ 2048 px, JPEG) */
  shrink: (photo: File) => Promise<File>;
  now: () => number;
  /** told after a round that delivered something, so views ask the server again */
  delivered: (items: readonly OutboxItem[]) => void;
}

export interface Outbox {
  load: () => Promise<void>;
  /** keeps a write for later; throws when nobody is logged in (a write needs its account) */
  enqueue: (input: NewOutboxItem) => Promise<OutboxItem>;
  /** sends the logged-in account's waiting writes, oldest first, until one must wait */
  sync: () => Promise<void>;
  /** lets a refused or waiting item go, on the user's word */
  discard: (id: string) => Promise<void>;
  /** puts a refused item back in the queue (after the user resolved what was in its way) and sends */
  retry: (id: string) => Promise<void>;
}

/** The queue's logic over any storage and transport; outbox.ts wires the real ones. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const set = (items: OutboxItem[]) => useOutbox.setState({ items });
  const replace = (item: OutboxItem) => set(useOutbox.getState().items.map((i) => (i.id === item.id ? item : i)));
  const save = async (item: OutboxItem) => {
    await deps.db.put(item);
    replace(item);
  };
  let round: Promise<void> | null = null;

  const runRound = async () => {
    const user = deps.user();
    if (!user) return;
    useOutbox.setState({ syncing: true });
    const delivered: OutboxItem[] = [];
    let heard = false;
    try {
      for (const item of sendable(useOutbox.getState().items, user)) {
        replace({ ...item, state: OUTBOX_STATES.sending });
        const outcome = await sendItem({ ...item, state: OUTBOX_STATES.queued }, deps.transport, save);
        heard ||= outcome.kind !== 'wait' || outcome.why !== 'offline';
        if (outcome.kind === 'sent') {
          await deps.db.delete(item.id);
          set(useOutbox.getState().items.filter((i) => i.id !== item.id));
          delivered.push(item);
        } else if (outcome.kind === 'wait') {
          const now = useOutbox.getState().items.find((i) => i.id === item.id);
          if (now) replace({ ...now, state: OUTBOX_STATES.queued });
          break;
        }
      }
    } finally {
      // the server answered: the data on screen may be fresh again, and this is the last contact
      useOutbox.setState(heard ? { syncing: false, lastSync: deps.now(), cachedAt: null } : { syncing: false });
      if (delivered.length) deps.delivered(delivered);
    }
  };

  // one round at a time: a second call (the online event and the button together) joins it
  const sync = () => (round ??= runRound().finally(() => (round = null)));

  return {
    load: async () => {
      // an item caught "sending" by a closed tab is simply waiting again
      const items = (await deps.db.all()).map((i) => (i.state === OUTBOX_STATES.sending ? { ...i, state: OUTBOX_STATES.queued } : i));
      set(items.sort((a, b) => a.createdAt - b.createdAt));
      useOutbox.setState({ loaded: true });
    },
    enqueue: async (input) => {
      const user = deps.user();
      if (!user) throw new Error('a write is queued for the account that made it: nobody is logged in');
      const photos = await Promise.all(input.photos.map(async (p) => storePhoto(await deps.shrink(p))));
      const base = { id: input.body.clientId, user, county: deps.county(), createdAt: deps.now(), state: OUTBOX_STATES.queued, photos, error: null };
      const item: OutboxItem =
        input.kind === OUTBOX_KINDS.file
          ? { ...base, kind: input.kind, body: input.body, accuracy: input.accuracy, filed: input.filed ?? null, photosSent: 0 }
          : input.kind === OUTBOX_KINDS.step
            ? { ...base, kind: input.kind, problemId: input.problemId, about: input.about, body: input.body }
            : { ...base, kind: input.kind, body: input.body };
      await deps.db.put(item);
      set([...useOutbox.getState().items.filter((i) => i.id !== item.id), item]);
      useOutbox.setState({ justQueued: true });
      return item;
    },
    sync,
    discard: async (id) => {
      await deps.db.delete(id);
      set(useOutbox.getState().items.filter((i) => i.id !== id));
    },
    retry: async (id) => {
      const item = useOutbox.getState().items.find((i) => i.id === id);
      if (!item) return;
      await save({ ...item, state: OUTBOX_STATES.queued, error: null });
      // a round already under way chose its items before this one was back in the queue
      await round;
      return sync();
    },
  };
}
