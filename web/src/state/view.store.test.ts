import { afterEach, describe, expect, it } from 'vitest';
import { snapshotStores } from '../test/api-stub.ts';
import { DEFAULT_OVERLAYS, NO_SELECTION, type UrlView } from './url-state.ts';
import { guardDrawer, useView } from './view.store.ts';

const restore = snapshotStores(useView);
afterEach(() => {
  restore();
  guardDrawer(null);
});

const url = (over: Partial<UrlView>): UrlView => ({ week: '2026-11-20', selection: NO_SELECTION, overlays: DEFAULT_OVERLAYS, drawer: null, problem: null, ...over });

describe('view store', () => {
  it('marks what the user did as a user change; the same week or selection again changes nothing', () => {
    useView.getState().applyUrl(url({}), { fly: false });
    expect(useView.getState().lastChange).toBe('url');
    useView.getState().setWeek('2026-11-20');
    expect(useView.getState().lastChange).toBe('url');
    useView.getState().setWeek('2026-11-13');
    expect(useView.getState()).toMatchObject({ week: '2026-11-13', lastChange: 'user' });
    const before = useView.getState();
    useView.getState().select({ grid: null, at: null });
    expect(useView.getState()).toBe(before);
  });

  it('moves the camera for a selection asked to fly (a search) and not for a map click', () => {
    useView.getState().select({ grid: 'g1', at: null }, { fly: true });
    expect(useView.getState().flyRequest).toBe(1);
    useView.getState().select({ grid: 'g2', at: [105.6, 27.1] });
    expect(useView.getState().flyRequest).toBe(1);
  });

  it('keeps a guarded view open when its guard says no, for a click and for Back alike', () => {
    useView.getState().openDrawer('edit');
    const asked: (string | null)[] = [];
    guardDrawer((next) => {
      asked.push(next);
      return false;
    });
    expect(useView.getState().openDrawer('overdue')).toBe(false);
    expect(useView.getState().drawer).toBe('edit');
    useView.getState().applyUrl(url({ drawer: null }), { fly: false });
    expect(useView.getState().drawer).toBe('edit');
    expect(asked).toEqual(['overdue', null]);
    // opening the view already open asks nobody
    expect(useView.getState().openDrawer('edit')).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('flies to a grid a link names only when the selection changes', () => {
    useView.getState().applyUrl(url({ selection: { grid: 'g1', at: null } }), { fly: true });
    expect(useView.getState().flyRequest).toBe(1);
    useView.getState().applyUrl(url({ selection: { grid: 'g1', at: null }, week: '2026-11-13' }), { fly: true });
    expect(useView.getState().flyRequest).toBe(1);
    useView.getState().applyUrl(url({ selection: { grid: 'g2', at: null } }), { fly: false });
    expect(useView.getState().flyRequest).toBe(1);
  });
});
