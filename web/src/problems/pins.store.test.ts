import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { PIN_LIMIT, pinsInView, usePins } from './pins.store.ts';
import { useProblemQuery } from './query.store.ts';

const restore = snapshotStores(usePins, useProblemQuery);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const pin = (id: string, lon: number, lat: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, status: 'reported', overdue: false } });
const answer = (n: number, total = n) => json(200, { type: 'FeatureCollection', total, features: Array.from({ length: n }, (_, i) => pin(`p${i}`, 105.61, 27.15)) });
const bboxOf = (path: string) => new URLSearchParams(path.split('?')[1]).get('bbox')!.split(',').map(Number);

describe('pins store', () => {
  it('asks for the view padded by a fifth on each side, with the limit; a small pan inside it asks nothing', async () => {
    const seen = stubApi(() => answer(3));
    usePins.getState().setView([105.6, 27.1, 105.7, 27.2], 14);
    await vi.waitFor(() => expect(usePins.getState().loading).toBe(false));
    expect(usePins.getState().pins?.features).toHaveLength(3);
    // 0.1° wide and tall: padded by 0.02° each way
    expect(bboxOf(seen[0].path)).toEqual([105.58, 27.08, 105.72, 27.22]);
    expect(new URLSearchParams(seen[0].path.split('?')[1]).get('limit')).toBe(String(PIN_LIMIT));
    usePins.getState().setView([105.61, 27.11, 105.71, 27.21], 14.2);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
  });

  it('asks again when told to (the filter or a problem changed), even for the same view', async () => {
    const seen = stubApi(() => answer(1));
    // far from the view the test before loaded (the store remembers what it loaded)
    usePins.getState().setView([105.9, 27.4, 106.0, 27.5], 14);
    await vi.waitFor(() => expect(usePins.getState().loading).toBe(false));
    usePins.getState().setView([105.9, 27.4, 106.0, 27.5], 14);
    expect(seen).toHaveLength(1);
    useProblemQuery.getState().setFilter({ overdue: true });
    usePins.getState().reload();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1].path).toContain('overdue=1');
  });

  it('counts only the loaded pins inside the view', () => {
    const pins = { type: 'FeatureCollection', total: 2, limit: 10, offset: 0, features: [pin('a', 105.65, 27.15), pin('b', 105.75, 27.15)] } as never;
    expect(pinsInView(pins, [105.6, 27.1, 105.7, 27.2])).toBe(1);
    expect(pinsInView(pins, null)).toBe(2);
  });
});
