import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveVertex } from '@wangge/geodata';
import { useLang } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { useEdit } from './edit.store.ts';
import { at, row, rowCommunity } from './test-kit.ts';
import { guardEditView, guardUnload, unsavedCount } from './unsaved.ts';

/** Moves the vertex the three squares' first two share, as one step: two grids unsaved. */
function editTwoGrids(): void {
  const r = moveVertex(useEdit.getState().grids, at(100, 100), at(120, 100));
  if (!r.ok) throw new Error(r.error.message);
  useEdit.getState().transact(r.change, 'moveVertex');
}

function unload(): Event {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e;
}

describe('unsaved edits', () => {
  const asked: string[] = [];
  let answer = false;
  let release: () => void = () => {};

  beforeEach(() => {
    asked.length = 0;
    useLang.setState({ lang: 'en' });
    useData.setState({ communities: rowCommunity() });
    useEdit.setState({ active: false, base: null, grids: [], shown: [], undo: [], redo: [], draft: null, selected: null });
    useEdit.getState().start(row());
    useView.setState({ drawer: 'edit' });
    release = guardEditView((m) => {
      asked.push(m);
      return answer;
    });
    guardUnload();
  });
  afterEach(() => release());

  it('leave the edit view without asking while nothing is unsaved', () => {
    expect(unsavedCount()).toBe(0);
    expect(useView.getState().openDrawer(null)).toBe(true);
    expect(asked).toEqual([]);
    expect(unload().defaultPrevented).toBe(false);
  });

  it('keep the edit view open when the planner answers no, and say how many grids are unsaved', () => {
    editTwoGrids();
    expect(unsavedCount()).toBe(2);
    answer = false;
    expect(useView.getState().openDrawer('coverage')).toBe(false);
    expect(useView.getState().drawer).toBe('edit');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^2 grids have unsaved changes/);
    // Back to an address without view=edit is held the same way
    useView.getState().applyUrl({ ...useView.getState(), drawer: null }, { fly: false });
    expect(useView.getState().drawer).toBe('edit');
  });

  it('leave when the planner answers yes: the edits stay for the next opening', () => {
    editTwoGrids();
    answer = true;
    expect(useView.getState().openDrawer(null)).toBe(true);
    expect(useView.getState().drawer).toBe(null);
    expect(unsavedCount()).toBe(2);
  });

  it('ask the browser before the page unloads with unsaved edits', () => {
    editTwoGrids();
    expect(unload().defaultPrevented).toBe(true);
    useEdit.getState().undoStep();
    expect(unload().defaultPrevented).toBe(false);
  });
});
