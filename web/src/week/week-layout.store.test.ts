import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { layoutFailed, layoutOf, useWeekLayout } from './week-layout.store.ts';

const restore = snapshotStores(useWeekLayout);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const layout = (week: string) => ({ type: 'FeatureCollection', features: [], week });

describe('week layout store', () => {
  it('asks for each week’s grids once, by week; a failure is asked again and says so meanwhile', async () => {
    let fail = true;
    const seen = stubApi((_, path) => (fail ? apiError(500, 'internal', 'boom') : json(200, layout(new URLSearchParams(path.split('?')[1]).get('week')!))));
    await useWeekLayout.getState().load('2026-11-13');
    expect(layoutFailed('2026-11-13')).toBe(true);
    expect(layoutOf('2026-11-13')).toBeNull();
    fail = false;
    await useWeekLayout.getState().load('2026-11-13');
    await useWeekLayout.getState().load('2026-11-13');
    expect(seen.map((r) => r.path)).toEqual(['/api/grids?week=2026-11-13', '/api/grids?week=2026-11-13']);
    expect(layoutOf('2026-11-13')).toMatchObject({ week: '2026-11-13' });
    expect(layoutFailed('2026-11-13')).toBe(false);
  });

  it('forgets every week after a save, so the next look asks again', async () => {
    const seen = stubApi(() => json(200, layout('x')));
    await useWeekLayout.getState().load('2026-11-20');
    useWeekLayout.getState().reset();
    expect(layoutOf('2026-11-20')).toBeNull();
    await useWeekLayout.getState().load('2026-11-20');
    expect(seen).toHaveLength(2);
  });
});
