import { afterEach, describe, expect, it, vi } from 'vitest';
import { useData } from '../state/data.store.ts';
import { usePanel } from '../state/panel.store.ts';
import { json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useReports } from './reports.store.ts';

const restore = snapshotStores(useReports, useData, usePanel);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const report = (id: number, gridId: string, content = '') => ({ id, gridId, week: '2026-11-20', status: 'on_time', content });
const body = (gridId: string) => ({ gridId, week: '2026-11-20' }) as never;

describe('reports store', () => {
  it('a submitted report takes its place in the week’s list: new, or replacing its earlier version', async () => {
    let next = report(7, 'g1', 'first');
    stubApi((method) => (method === 'POST' ? json(201, next) : json(200, [report(5, 'g2')])));
    const reloadStatus = vi.fn(async () => undefined);
    const refresh = vi.fn();
    useData.setState({ reloadStatus });
    usePanel.setState({ refresh });
    await useReports.getState().loadWeek('2026-11-20');
    expect(await useReports.getState().submit(body('g1'), [])).toMatchObject({ created: true });
    next = report(7, 'g1', 'revised');
    expect(await useReports.getState().submit(body('g1'), [])).toMatchObject({ created: false });
    const week = useReports.getState().byWeek['2026-11-20'];
    expect(week.state === 'ready' && week.data.map((r) => [r.id, r.content])).toEqual([
      [5, ''],
      [7, 'revised'],
    ]);
    // the map's colours and the panel follow the new report
    expect(reloadStatus).toHaveBeenCalledWith('2026-11-20');
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('loads a week once unless forced; clear forgets everything', async () => {
    const seen = stubApi(() => json(200, []));
    await useReports.getState().loadWeek('2026-11-20');
    await useReports.getState().loadWeek('2026-11-20');
    await useReports.getState().loadWeek('2026-11-20', { force: true });
    expect(seen).toHaveLength(2);
    useReports.getState().clear();
    expect(useReports.getState()).toMatchObject({ byWeek: {}, versions: {} });
  });
});
