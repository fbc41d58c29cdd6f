import type { Position } from 'geojson';
import { create } from 'zustand';
import { applyChange, reverseChange, type GridsResponse } from '@wangge/geodata';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import type { Highlight } from './fix-highlight.ts';
import { setEditing } from './edit-mode.ts';
import { liveCheck } from './live-check.ts';
import { rebaseSteps, type RebaseNotice } from './rebase.ts';
import type { EditAction, EditGrid, EditTool, GridChange, Refusal, Step } from './types.ts';

/** A change shown on the map and in the panel before the planner applies it (a fix, an import). */
export interface Preview {
  action: EditAction;
  change: GridChange;
  /** what the panel says about it, already in words */
  summary: string;
  /** the defect it fixes, if it is a fix */
  key?: string;
  /** what the map draws instead of the changed grids, when that says more (an overlap fix) */
  highlight?: Highlight;
}

interface EditStore {
  active: boolean;
  /** the committed grids the edits are based on (their versions go with the save) */
  base: GridsResponse | null;
  /** the grids after every applied change: committed data plus this session's edits */
  grids: EditGrid[];
  /** a change in progress (a vertex being dragged), drawn and checked but not yet a step */
  draft: GridChange | null;
  /** what the map and the coverage check see: `grids` with the draft on top */
  shown: EditGrid[];
  undo: Step[];
  redo: Step[];
  selected: string | null;
  /** a vertex of the selected grid picked for deletion */
  vertex: Position | null;
  tool: EditTool;
  preview: Preview | null;
  /** the last refused edit, until the next change */
  refused: Refusal | null;
  /** starts editing on the committed grids (or resumes unsaved edits made on the same grids) */
  start: (base: GridsResponse) => void;
  stop: () => void;
  /** THE write path: applies a change as one undoable step */
  transact: (change: GridChange, action: EditAction) => void;
  setDraft: (change: GridChange | null) => void;
  undoStep: () => void;
  redoStep: () => void;
  /** puts this session's steps, in order, on fresh committed grids (after a 409); says what it had to change */
  reapply: (fresh: GridsResponse) => RebaseNotice[];
  select: (id: string | null) => void;
  pickVertex: (at: Position | null) => void;
  setTool: (tool: EditTool) => void;
  setPreview: (preview: Preview | null) => void;
  refuse: (error: Refusal | null) => void;
}

/** Runs the coverage check on what is shown and hands it to the coverage panel and layer. */
function publish(shown: EditGrid[]): void {
  useCoverage.getState().setLive(liveCheck(shown, useData.getState().communities));
}

/**
 * In-progress edit state, apart from the committed data in data.store: the working grids, the
 * draft of a drag, and the undo and redo lists. Every edit goes through `transact`; undo applies
 * a step's inverse, redo its change again, so a move that shifted three grids undoes as one.
 */
export const useEdit = create<EditStore>((set, get) => {
  const settle = (grids: EditGrid[], undo: Step[], redo: Step[]) => {
    const selected = get().selected;
    set({
      grids,
      shown: grids,
      draft: null,
      undo,
      redo,
      preview: null,
      refused: null,
      vertex: null,
      selected: selected && grids.some((g) => g.properties.id === selected) ? selected : null,
    });
    publish(grids);
  };

  return {
    active: false,
    base: null,
    grids: [],
    draft: null,
    shown: [],
    undo: [],
    redo: [],
    selected: null,
    vertex: null,
    tool: 'select',
    preview: null,
    refused: null,
    start: (base) => {
      const resume = get().base === base;
      setEditing(true);
      set({ active: true, tool: 'select' });
      if (resume) publish(get().shown);
      else {
        set({ base, selected: null });
        settle(base.features, [], []);
      }
    },
    stop: () => {
      setEditing(false);
      set({ active: false, draft: null, preview: null, tool: 'select', vertex: null, shown: get().grids });
      useCoverage.getState().setLive(null);
    },
    transact: (change, action) => {
      const before = get().grids;
      const step: Step = { action, change, inverse: reverseChange(before, change) };
      settle(applyChange(before, change), [...get().undo, step], []);
    },
    setDraft: (draft) => {
      const shown = draft ? applyChange(get().grids, draft) : get().grids;
      set({ draft, shown });
      publish(shown);
    },
    undoStep: () => {
      const { undo, redo, grids } = get();
      const step = undo.at(-1);
      if (step) settle(applyChange(grids, step.inverse), undo.slice(0, -1), [...redo, step]);
    },
    redoStep: () => {
      const { undo, redo, grids } = get();
      const step = redo.at(-1);
      if (step) settle(applyChange(grids, step.change), [...undo, step], redo.slice(0, -1));
    },
    reapply: (fresh) => {
      const { grids, steps, notices } = rebaseSteps(get().base?.features ?? fresh.features, fresh.features, get().undo);
      set({ base: fresh });
      settle(grids, steps, []);
      return notices;
    },
    select: (selected) => set({ selected, vertex: null }),
    pickVertex: (vertex) => set({ vertex }),
    setTool: (tool) => set({ tool, preview: null, refused: null }),
    setPreview: (preview) => {
      // an import is previewed as the grids it would give: drawn, and checked for coverage
      const { grids, shown } = get();
      const next = preview?.action === 'import' ? applyChange(grids, preview.change) : grids;
      set({ preview, refused: null, draft: null, shown: next, vertex: null });
      if (next !== shown) publish(next);
    },
    refuse: (refused) => set({ refused }),
  };
});
