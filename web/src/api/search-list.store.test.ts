import { describe, expect, it } from 'vitest';
import { createSearchList } from './search-list.store.ts';

interface Row {
  id: string;
  name: string;
}

/** A server whose answers the test releases one by one, in any order; an aborted ask rejects as fetch does. */
function heldServer() {
  const asks: { search: string; answer: (rows: Row[]) => void }[] = [];
  const list = (search: string, signal: AbortSignal) =>
    new Promise<Row[]>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      asks.push({ search, answer: resolve });
    });
  return { list, asks };
}

const byName = (a: Row, b: Row) => a.name.localeCompare(b.name);

describe('a searched admin list', () => {
  it('keeps the latest search’s answer when an earlier one comes back after it', async () => {
    const server = heldServer();
    const useList = createSearchList(server.list, byName);
    const first = useList.getState().load('  a ');
    const second = useList.getState().load('b');
    server.asks[1].answer([{ id: '2', name: 'b' }]);
    await second;
    server.asks[0].answer([{ id: '1', name: 'a' }]);
    await first;
    expect(server.asks.map((a) => a.search)).toEqual(['a', 'b']);
    expect(useList.getState()).toMatchObject({ search: 'b', items: [{ id: '2', name: 'b' }], error: null });
  });

  it('says the server’s refusal, and forgets it on the next search', async () => {
    const useList = createSearchList<Row>(async (search) => {
      if (search === 'bad') throw new Error('boom');
      return [];
    }, byName);
    await useList.getState().load('bad');
    expect(useList.getState().error).toContain('boom');
    await useList.getState().load('good');
    expect(useList.getState()).toMatchObject({ error: null, items: [] });
  });

  it('puts changed rows in place and new ones in order, without asking the server again', async () => {
    const useList = createSearchList<Row>(async () => [{ id: '1', name: 'b' }, { id: '2', name: 'd' }], byName);
    await useList.getState().load('');
    useList.getState().put({ id: '2', name: 'a' }, { id: '3', name: 'c' });
    expect(useList.getState().items?.map((r) => `${r.id}:${r.name}`)).toEqual(['2:a', '1:b', '3:c']);
  });
});
