import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useOrg } from './org.store.ts';

const restore = snapshotStores(useOrg);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

describe('the unit and 片区 lists of the grid form', () => {
  it('asks again when a form opens, so a unit added meanwhile is offered; concurrent asks share one request', async () => {
    let units = [{ id: 'U1', name: '甲局' }];
    const seen = stubApi((_m, path) => json(200, path.startsWith('/api/units') ? units : [{ id: 'A1', name: '一片区' }]));
    await Promise.all([useOrg.getState().load(), useOrg.getState().load()]);
    expect(seen.filter((r) => r.path.startsWith('/api/units'))).toHaveLength(1);
    expect(useOrg.getState().lists?.units).toEqual([{ id: 'U1', name: '甲局' }]);
    units = [...units, { id: 'U2', name: '乙局' }];
    await useOrg.getState().load();
    expect(useOrg.getState().lists?.units.map((u) => u.id)).toEqual(['U1', 'U2']);
  });

  it('keeps the lists it had when asking fails', async () => {
    stubApi(() => json(200, [{ id: 'U1', name: '甲局' }]));
    await useOrg.getState().load();
    stubApi(() => json(500, { error: { code: 'internal', message: 'down' } }));
    await useOrg.getState().load();
    expect(useOrg.getState().lists?.units).toEqual([{ id: 'U1', name: '甲局' }]);
  });
});
