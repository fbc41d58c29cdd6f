import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { OutboxDb } from './outbox-db.ts';
import { createOutbox, type OutboxDeps } from './outbox-engine.ts';
import { OUTBOX_KINDS, type OutboxItem } from './outbox-item.ts';
import type { OutboxTransport } from './outbox-send.ts';
import { useOutbox } from './outbox.store.ts';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const filing = (n: number) => ({ lon: 105.6, lat: 27.1, category: '门前三包' as const, description: `杂物 ${n}`, clientId: ID(n) });
const photo = (name: string, bytes = 3) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

type Call = { call: keyof OutboxTransport; county: string | null; what: unknown };
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** A server that answers as `answer` says, recording every request it got. */
function fakeServer(answer: (c: Call) => Promise<unknown> | null = () => null) {
  const calls: Call[] = [];
  let filed = 0;
  const reply = (c: Call, ok: () => unknown) => {
    calls.push(c);
    return answer(c) ?? Promise.resolve(ok());
  };
  const transport: OutboxTransport = {
    file: (county, body) => reply({ call: 'file', county, what: body.clientId }, () => ({ id: `P${++filed}`, events: [{ id: 40 + filed, action: 'file' }] })) as never,
    addPhoto: (county, id, eventId, file) => reply({ call: 'addPhoto', county, what: `${id}/${eventId}/${file.name}` }, () => ({})),
    move: (county, id, body, photos) => reply({ call: 'move', county, what: `${id}:${body.status}:${photos.length}` }, () => ({})),
    report: (county, body, photos) => reply({ call: 'report', county, what: `${body.gridId}:${photos.length}` }, () => ({})),
  };
  return { calls, transport };
}

let user: string | null = 'inspector1';
let delivered: OutboxItem[][] = [];
let dbName = 0;
/** the device's database as a reloaded page opens it again */
const db = () => new OutboxDb(`outbox-test-${dbName}`);

function outboxWith(transport: OutboxTransport, over: Partial<OutboxDeps> = {}) {
  return createOutbox({
    db: db(),
    transport,
    user: () => user,
    county: () => 'dafang',
    shrink: async (f) => new File([new Uint8Array(1)], f.name.replace(/\.\w+$/, '.jpg'), { type: 'image/jpeg' }),
    now: () => 1_000 + useOutbox.getState().items.length,
    delivered: (items) => delivered.push([...items]),
    ...over,
  });
}

beforeEach(() => {
  user = 'inspector1';
  delivered = [];
  useOutbox.setState({ items: [], loaded: false, syncing: false, justQueued: false, lastSync: null });
  // a fresh database per test: fake-indexeddb keeps one per name for the whole file
  dbName++;
});
afterEach(() => useOutbox.setState({ items: [] }));

describe('the outbox', () => {
  it('keeps a filing with its shrunk photos, its account and county, and still has it after a reload', async () => {
    const first = outboxWith(fakeServer().transport);
    await first.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: 12, photos: [photo('a.png', 900), photo('b.heic', 900)] });
    expect(useOutbox.getState()).toMatchObject({ justQueued: true, items: [{ id: ID(1), user: 'inspector1', county: 'dafang', state: 'queued', accuracy: 12, filed: null }] });

    useOutbox.setState({ items: [] });
    await outboxWith(fakeServer().transport).load();
    const [kept] = useOutbox.getState().items;
    expect(kept).toMatchObject({ id: ID(1), kind: 'problem.file', body: filing(1) });
    expect(kept.photos.map((p) => [p.name, p.type, p.bytes.byteLength])).toEqual([
      ['a.jpg', 'image/jpeg', 1],
      ['b.jpg', 'image/jpeg', 1],
    ]);
  });

  it('sends only the photos of a filing that reached the server without them', async () => {
    const server = fakeServer();
    const outbox = outboxWith(server.transport);
    await outbox.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [photo('b.png'), photo('c.png')], filed: { id: 'P9', eventId: 77 } });
    await outbox.sync();
    expect(server.calls.map((c) => [c.call, c.what])).toEqual([
      ['addPhoto', 'P9/77/b.jpg'],
      ['addPhoto', 'P9/77/c.jpg'],
    ]);
    expect(useOutbox.getState().items).toEqual([]);
  });

  it('needs a logged-in account to keep a write', async () => {
    user = null;
    await expect(outboxWith(fakeServer().transport).enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [] })).rejects.toThrow(/nobody is logged in/);
  });

  it('sends the logged-in account’s writes oldest first, each once, into the county they were made in', async () => {
    const server = fakeServer();
    const box = outboxWith(server.transport);
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [photo('a.jpg')] });
    await box.enqueue({ kind: OUTBOX_KINDS.step, problemId: 'P9', about: null, body: { from: 'reported', status: 'verified', clientId: ID(2) }, photos: [] });
    await box.enqueue({ kind: OUTBOX_KINDS.report, body: { gridId: 'G1', week: '2026-11-20', clientId: ID(3) }, photos: [photo('r.jpg')] });

    await Promise.all([box.sync(), box.sync()]);
    expect(server.calls).toEqual([
      { call: 'file', county: 'dafang', what: ID(1) },
      { call: 'addPhoto', county: 'dafang', what: 'P1/41/a.jpg' },
      { call: 'move', county: 'dafang', what: 'P9:verified:0' },
      { call: 'report', county: 'dafang', what: 'G1:1' },
    ]);
    expect(useOutbox.getState().items).toEqual([]);
    expect(await db().all()).toEqual([]);
    expect(delivered.map((round) => round.map((i) => i.id))).toEqual([[ID(1), ID(2), ID(3)]]);
  });

  it('sends another account’s queue only when that account logs in', async () => {
    const server = fakeServer();
    const box = outboxWith(server.transport);
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [] });
    user = 'reporter1';
    await box.sync();
    expect(server.calls).toEqual([]);
    expect(useOutbox.getState().items.map((i) => [i.user, i.state])).toEqual([['inspector1', 'queued']]);
    user = null;
    await box.sync();
    expect(server.calls).toEqual([]);
    user = 'inspector1';
    await box.sync();
    expect(server.calls.map((c) => c.call)).toEqual(['file']);
  });

  it('stops at a lost connection and resumes a filing where it stopped, without filing it again', async () => {
    let photosAnswered = 0;
    const server = fakeServer((c) => (c.call === 'addPhoto' && ++photosAnswered === 2 ? offline() : null));
    const box = outboxWith(server.transport);
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')] });
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(2), accuracy: null, photos: [] });

    await box.sync();
    expect(server.calls.map((c) => c.what)).toEqual([ID(1), 'P1/41/a.jpg', 'P1/41/b.jpg']);
    expect(useOutbox.getState().items.map((i) => [i.id, i.state, i.kind === 'problem.file' && i.photosSent])).toEqual([
      [ID(1), 'queued', 1],
      [ID(2), 'queued', 0],
    ]);
    expect(delivered).toEqual([]);

    server.calls.length = 0;
    await box.sync();
    expect(server.calls.map((c) => c.what)).toEqual(['P1/41/b.jpg', 'P1/41/c.jpg', ID(2)]);
    expect(useOutbox.getState().items).toEqual([]);
  });

  it('waits when the session ended or the server is busy, and keeps the item queued', async () => {
    for (const err of [new ApiRequestError(401, 'unauthenticated', 'log in'), new ApiRequestError(503, 'unavailable', 'down'), new ApiRequestError(429, 'busy', 'later')]) {
      useOutbox.setState({ items: [] });
      const server = fakeServer(() => Promise.reject(err));
      const box = outboxWith(server.transport);
      await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(err.status), accuracy: null, photos: [] });
      await box.sync();
      expect(useOutbox.getState().items.map((i) => [i.state, i.error])).toEqual([['queued', null]]);
      await box.discard(ID(err.status));
    }
  });

  it('shows a conflict to the user instead of dropping it; the user discards it or tries again', async () => {
    let conflict = true;
    const server = fakeServer((c) =>
      c.call === 'move' && conflict ? Promise.reject(new ApiRequestError(409, 'conflict', 'the problem is verified now', null, { current: 'verified' })) : null,
    );
    const box = outboxWith(server.transport);
    await box.enqueue({ kind: OUTBOX_KINDS.step, problemId: 'P9', about: null, body: { from: 'reported', status: 'fixed', clientId: ID(1) }, photos: [] });
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(2), accuracy: null, photos: [] });

    await box.sync();
    // the conflict does not hold up the rest of the queue
    expect(server.calls.map((c) => c.call)).toEqual(['move', 'file']);
    const [kept] = useOutbox.getState().items;
    expect(kept).toMatchObject({ id: ID(1), state: 'conflict', error: { status: 409, code: 'conflict', details: { current: 'verified' } } });
    expect((await db().all()).map((i) => i.state)).toEqual(['conflict']);

    await box.sync();
    expect(server.calls.map((c) => c.call)).toEqual(['move', 'file']);

    conflict = false;
    await box.retry(ID(1));
    expect(server.calls.map((c) => c.call)).toEqual(['move', 'file', 'move']);
    expect(useOutbox.getState().items).toEqual([]);
  });

  it('marks other refusals as refused, kept until discarded', async () => {
    const server = fakeServer(() => Promise.reject(new ApiRequestError(400, 'outside_county', 'outside')));
    const box = outboxWith(server.transport);
    await box.enqueue({ kind: OUTBOX_KINDS.file, body: filing(1), accuracy: null, photos: [] });
    await box.sync();
    expect(useOutbox.getState().items.map((i) => [i.state, i.error?.code])).toEqual([['refused', 'outside_county']]);
    await box.discard(ID(1));
    expect(useOutbox.getState().items).toEqual([]);
    expect(await db().all()).toEqual([]);
  });
});
