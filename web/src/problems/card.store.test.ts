import { afterEach, describe, expect, it, vi } from 'vitest';
import { useView } from '../state/view.store.ts';
import { apiError, json, snapshotStores, stubApi } from '../test/api-stub.ts';
import { useProblemCamera } from './camera.store.ts';
import { useProblemCard } from './card.store.ts';
import { useProblemQuery } from './query.store.ts';

const restore = snapshotStores(useProblemCard, useView, useProblemCamera, useProblemQuery);
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
});

const problem = (id: string, status = 'reported') => ({ id, lon: 105.61, lat: 27.15, status, events: [{ id: 1, action: 'file' }], photos: [], units: [] });
const assign = { status: 'assigned' as const, ownerUnitId: 'U1' };

describe('problem card store', () => {
  it('opening names the problem in the view, loads it, and moves the camera only when asked to', async () => {
    stubApi((_, path) => json(200, problem(decodeURIComponent(path.split('/').pop()!))));
    await useProblemCard.getState().open('problem-3');
    expect(useView.getState().problem).toBe('problem-3');
    expect(useProblemCard.getState().detail).toMatchObject({ key: 'problem-3', load: { state: 'ready' } });
    expect(useProblemCamera.getState().request).toBeNull();
    await useProblemCard.getState().open('problem-4', { fly: true });
    expect(useProblemCamera.getState().request).toEqual({ at: [105.61, 27.15], n: 1 });
  });

  it('follows the view: another problem opens, the same one is left alone, none clears the card', async () => {
    const seen = stubApi((_, path) => json(200, problem(decodeURIComponent(path.split('/').pop()!))));
    useProblemCard.getState().follow('problem-3', { fly: false });
    await vi.waitFor(() => expect(useProblemCard.getState().detail?.load.state).toBe('ready'));
    useProblemCard.getState().follow('problem-3', { fly: true });
    expect(seen).toHaveLength(1);
    useProblemCard.setState({ justFiled: true });
    useProblemCard.getState().follow(null, { fly: false });
    expect(useProblemCard.getState()).toMatchObject({ detail: null, justFiled: false });
  });

  it('a step taken shows the problem as it now is and has every view of the problems ask again', async () => {
    stubApi((method, path) => (method === 'PATCH' ? json(200, problem('problem-3', 'assigned')) : json(200, problem(decodeURIComponent(path.split('/').pop()!)))));
    await useProblemCard.getState().open('problem-3');
    expect(await useProblemCard.getState().take(assign, [])).toBe(true);
    expect(useProblemCard.getState().detail).toMatchObject({ load: { state: 'ready', data: { status: 'assigned' } } });
    expect(useProblemQuery.getState().revision).toBe(1);
  });

  it('when someone moved it first (409), says so and shows where it is now', async () => {
    let now = 'reported';
    stubApi((method, path) => {
      if (method === 'PATCH') {
        now = 'in_progress';
        return apiError(409, 'conflict', 'the problem is in_progress, not reported');
      }
      return json(200, problem(decodeURIComponent(path.split('/').pop()!), now));
    });
    await useProblemCard.getState().open('problem-3');
    expect(await useProblemCard.getState().take(assign, [])).toBe(false);
    expect(useProblemCard.getState()).toMatchObject({ busy: false, actionError: { code: 'conflict', message: 'the problem is in_progress, not reported' } });
    await vi.waitFor(() => expect(useProblemCard.getState().detail).toMatchObject({ load: { data: { status: 'in_progress' } } }));
    expect(useProblemQuery.getState().revision).toBe(0);
  });
});
