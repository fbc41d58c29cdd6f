import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from './url-sync.ts';
import { DEFAULT_OVERLAYS, NO_SELECTION } from './url-state.ts';
import { useView } from './view.store.ts';

const CURRENT = '2026-11-20';

describe('startUrlSync', () => {
  let stop: () => void;

  beforeEach(() => {
    useView.setState({ week: null, selection: NO_SELECTION, overlays: DEFAULT_OVERLAYS, drawer: null, lastChange: 'url', flyRequest: 0 });
  });
  afterEach(() => stop?.());

  const start = (search: string) => {
    window.history.replaceState(null, '', `/${search}`);
    stop = startUrlSync(CURRENT);
  };

  it('reads the link into the view and writes back the canonical address', () => {
    start('?grid=G7&layers=zones');
    expect(useView.getState()).toMatchObject({ week: CURRENT, selection: { grid: 'G7', at: null }, overlays: { zones: true, problems: false } });
    expect(window.location.search).toBe(`?week=${CURRENT}&grid=G7&layers=zones`);
    expect(useView.getState().flyRequest).toBe(1);
  });

  it('adds a history entry for a new week or selection, and replaces it for a layer toggle', () => {
    start('');
    const before = window.history.length;
    useView.getState().setWeek('2026-11-13');
    expect(window.history.length).toBe(before + 1);
    useView.getState().select({ grid: 'G2', at: [105.6, 27.1] });
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?week=2026-11-13&grid=G2&at=105.6,27.1&layers=problems');
    useView.getState().toggleOverlay('zones');
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?week=2026-11-13&grid=G2&at=105.6,27.1&layers=zones,problems');
  });

  it('opening and closing a view adds history entries, and Back closes it again', () => {
    start('?week=2026-11-13');
    const before = window.history.length;
    useView.getState().openDrawer('reports');
    expect(window.location.search).toBe('?week=2026-11-13&layers=problems&view=reports');
    expect(window.history.length).toBe(before + 1);
    window.history.replaceState(null, '', '/?week=2026-11-13');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useView.getState().drawer).toBeNull();
  });

  it('follows the address on popstate without adding entries, clamping future weeks', () => {
    start('');
    const before = window.history.length;
    window.history.pushState(null, '', '/?week=2027-01-01&grid=G9');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useView.getState()).toMatchObject({ week: CURRENT, selection: { grid: 'G9', at: null }, lastChange: 'url' });
    expect(window.location.search).toBe(`?week=${CURRENT}&grid=G9&layers=problems`);
    expect(window.history.length).toBe(before + 1);
  });
});
