import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '@wangge/geodata';
import { useAccountability } from '../accountability/accountability.store.ts';
import { getJson } from '../api/client.ts';
import { useProblemCard } from '../problems/card.store.ts';
import { useFiling } from '../problems/filing.store.ts';
import { useProblemList } from '../problems/list.store.ts';
import { usePins } from '../problems/pins.store.ts';
import { useProblemQuery } from '../problems/query.store.ts';
import { useReports } from '../reports/reports.store.ts';
import { useSessionStore } from '../session/session.store.ts';
import { useData } from './data.store.ts';
import { usePanel } from './panel.store.ts';
import { NO_SELECTION } from './url-state.ts';
import { useView } from './view.store.ts';
import { wireStores } from './wiring.ts';

const reporter: MeResponse = Object.freeze({ username: 'reporter-zhifa', role: 'reporter', unitId: 'zhifa', unitName: '县综合行政执法局' }) as MeResponse;
const leader: MeResponse = Object.freeze({ username: 'leader', role: 'leader', unitId: null, unitName: null }) as MeResponse;
const planner: MeResponse = Object.freeze({ username: 'planner', role: 'planner', unitId: null, unitName: null }) as MeResponse;

const stores = [useAccountability, useProblemCard, useFiling, useProblemList, usePins, useProblemQuery, useReports, useSessionStore, useData, usePanel, useView] as const;
const initial = stores.map((s) => s.getState());

let unwire: () => void;
beforeEach(() => {
  // every store as it starts, and no request reaches a network
  stores.forEach((s, i) => (s as { setState: (v: unknown, replace: true) => void }).setState(initial[i], true));
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
  unwire = wireStores();
});
afterEach(() => {
  unwire();
  vi.unstubAllGlobals();
});

describe('on login', () => {
  it('opens the view the role logs in to do: a reporter its reports, a leader the overdue list, a planner none', () => {
    useSessionStore.setState({ me: null, state: 'out' });
    useSessionStore.setState({ me: reporter, state: 'in' });
    expect(useView.getState().drawer).toBe('reports');

    useView.setState({ drawer: null });
    useSessionStore.setState({ me: null, state: 'out' });
    useSessionStore.setState({ me: leader, state: 'in' });
    expect(useView.getState().drawer).toBe('overdue');

    useView.setState({ drawer: null });
    useSessionStore.setState({ me: null, state: 'out' });
    useSessionStore.setState({ me: planner, state: 'in' });
    expect(useView.getState().drawer).toBeNull();
  });

  it('leaves a view that is already open, and opens nothing for a session found at start', () => {
    useView.setState({ drawer: 'trends' });
    useSessionStore.setState({ me: null, state: 'out' });
    useSessionStore.setState({ me: reporter, state: 'in' });
    expect(useView.getState().drawer).toBe('trends');

    useSessionStore.setState({ me: null, state: 'unknown' });
    useView.setState({ drawer: null });
    useSessionStore.setState({ me: leader, state: 'in' });
    expect(useView.getState().drawer).toBeNull();
  });

  it('forgets what the last user loaded: the accountability figures and the unit’s reports', () => {
    useSessionStore.setState({ me: leader, state: 'in' });
    useAccountability.setState({ overdue: { '2026-11-20': { state: 'loading' } }, trends: { x: { state: 'loading' } }, exempt: { state: 'loading' } });
    useReports.setState({ byWeek: { '2026-11-20': { state: 'loading' } }, versions: { 1: { state: 'loading' } } });
    useSessionStore.setState({ me: reporter, state: 'in' });
    expect(useAccountability.getState()).toMatchObject({ overdue: {}, trends: {}, exempt: null });
    expect(useReports.getState()).toMatchObject({ byWeek: {}, versions: {} });
  });
});

describe('on logout', () => {
  it('ends filing a problem and drops the unit’s own-unit filter; another unit’s filter stays', () => {
    useSessionStore.setState({ me: reporter, state: 'in' });
    useFiling.setState({ active: true, at: [105.6, 27.1] });
    useProblemQuery.getState().setFilter({ unit: 'zhifa' });
    useSessionStore.setState({ me: null, state: 'out' });
    expect(useFiling.getState()).toMatchObject({ active: false, at: null });
    expect(useProblemQuery.getState().filter.unit).toBeNull();

    useSessionStore.setState({ me: reporter, state: 'in' });
    useProblemQuery.getState().setFilter({ unit: 'jiaoyu' });
    useSessionStore.setState({ me: null, state: 'out' });
    expect(useProblemQuery.getState().filter.unit).toBe('jiaoyu');
  });

  it('follows a session the server ended: any request answering 401 logs out', async () => {
    useSessionStore.setState({ me: reporter, state: 'in' });
    useFiling.setState({ active: true });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'log in first' } }), { status: 401 })));
    await expect(getJson('/api/reports?week=2026-11-20')).rejects.toThrow('log in first');
    expect(useSessionStore.getState()).toMatchObject({ me: null, state: 'out' });
    expect(useFiling.getState().active).toBe(false);
  });
});

describe('on a week change', () => {
  it('loads that week’s status and asks the panel for what the selection needs that week', () => {
    const loadStatus = vi.fn(async () => undefined);
    const sync = vi.fn();
    useData.setState({ loadStatus });
    usePanel.setState({ sync });
    const selection = { grid: 'chengzhong-1', at: null };
    useView.setState({ selection });
    useView.getState().setWeek('2026-11-13');
    expect(loadStatus).toHaveBeenLastCalledWith('2026-11-13');
    expect(sync).toHaveBeenLastCalledWith(selection, '2026-11-13');
  });
});

describe('on a view change', () => {
  it('a new selection goes to the panel; the status of an unchanged week is not asked again', () => {
    const loadStatus = vi.fn(async () => undefined);
    const sync = vi.fn();
    useView.setState({ week: '2026-11-20' });
    useData.setState({ loadStatus });
    usePanel.setState({ sync });
    useView.getState().select({ grid: 'dongjiao-2', at: null });
    expect(sync).toHaveBeenCalledWith({ grid: 'dongjiao-2', at: null }, '2026-11-20');
    expect(loadStatus).toHaveBeenCalledTimes(1);
    useView.getState().toggleOverlay('zones');
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('a problem named by a link opens its card and moves the camera; one the user opened does not move it; none clears the card', () => {
    const follow = vi.fn();
    useProblemCard.setState({ follow });
    useView.getState().applyUrl({ week: '2026-11-20', selection: NO_SELECTION, overlays: useView.getState().overlays, drawer: null, problem: 'problem-8' }, { fly: true });
    expect(follow).toHaveBeenLastCalledWith('problem-8', { fly: true });
    useView.getState().openProblem('problem-5');
    expect(follow).toHaveBeenLastCalledWith('problem-5', { fly: false });
    useView.getState().openProblem(null);
    expect(follow).toHaveBeenLastCalledWith(null, { fly: false });
  });
});

describe('on a problem filter change', () => {
  it('asks again for the pins and for the list — from its first page for a new filter, the same page after a change to a problem', () => {
    const pins = vi.fn();
    const list = vi.fn();
    usePins.setState({ reload: pins });
    useProblemList.setState({ reload: list });
    useProblemQuery.getState().setFilter({ overdue: true });
    expect(pins).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenLastCalledWith({ fromStart: true });
    useProblemQuery.getState().changed();
    expect(pins).toHaveBeenCalledTimes(2);
    expect(list).toHaveBeenLastCalledWith({ fromStart: false });
  });
});

describe('unwiring', () => {
  it('stops every reaction', () => {
    unwire();
    const reload = vi.fn();
    usePins.setState({ reload });
    useProblemQuery.getState().changed();
    useSessionStore.setState({ me: null, state: 'out' });
    useSessionStore.setState({ me: reporter, state: 'in' });
    expect(reload).not.toHaveBeenCalled();
    expect(useView.getState().drawer).toBeNull();
    unwire = () => undefined;
  });
});

describe('the city overview', () => {
  it('closes when the account changes, so a county-bound login never sees the city', async () => {
    const { useCity } = await import('../counties/city.store.ts');
    useSessionStore.setState({ me: leader, state: 'in' });
    useCity.setState({ open: true });
    useSessionStore.setState({ me: null, state: 'out' });
    expect(useCity.getState().open).toBe(false);
  });
});
