import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '@wangge/geodata';
import { useSessionStore } from '../session/session.store.ts';
import { json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { LIST_PAGE_SIZE, useProblemList } from './list.store.ts';
import { useProblemQuery } from './query.store.ts';

const restore = snapshotStores(useProblemList, useProblemQuery, useSessionStore);
afterEach(() => {
  restore();
  useProblemList.getState().forgetUser(null);
  vi.unstubAllGlobals();
});

const page = json(200, { type: 'FeatureCollection', total: 0, limit: LIST_PAGE_SIZE, offset: 0, features: [] });
const query = (path: string) => new URLSearchParams(path.split('?')[1]);

describe('problem list store', () => {
  it('a unit’s reporter opens the list on its own unit’s problems, once; anyone else on all of them', async () => {
    stubApi(() => page.clone());
    useSessionStore.setState({ me: { username: 'reporter-zhifa', role: 'reporter', unitId: 'zhifa' } as MeResponse, state: 'in' });
    useProblemList.getState().setOpen(true);
    expect(useProblemQuery.getState().filter.unit).toBe('zhifa');
    useProblemQuery.getState().setFilter({ unit: null });
    useProblemList.getState().setOpen(false);
    useProblemList.getState().setOpen(true);
    expect(useProblemQuery.getState().filter.unit).toBeNull();
  });

  it('loads only while open; a page goes by offset, and reloading from the start goes back to the first', async () => {
    const seen = stubApi(() => page.clone());
    useProblemList.getState().reload({ fromStart: true });
    expect(seen).toHaveLength(0);
    useProblemList.getState().setOpen(true);
    useProblemList.getState().goTo(LIST_PAGE_SIZE);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(query(seen[1].path).get('offset')).toBe(String(LIST_PAGE_SIZE));
    useProblemList.getState().reload({ fromStart: false });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(query(seen[2].path).get('offset')).toBe(String(LIST_PAGE_SIZE));
    useProblemList.getState().reload({ fromStart: true });
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    expect(query(seen[3].path).get('offset')).toBeNull();
    expect(useProblemList.getState().offset).toBe(0);
  });

  it('forgetting a user drops the filter on their unit only', () => {
    useProblemQuery.getState().setFilter({ unit: 'zhifa' });
    useProblemList.getState().forgetUser('jiaoyu');
    expect(useProblemQuery.getState().filter.unit).toBe('zhifa');
    useProblemList.getState().forgetUser('zhifa');
    expect(useProblemQuery.getState().filter.unit).toBeNull();
  });
});
