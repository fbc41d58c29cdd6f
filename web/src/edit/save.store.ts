import { create } from 'zustand';
import { EFFECTIVE, type Effective } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { editApi } from './edit-api.ts';
import { useEdit } from './edit.store.ts';
import type { RebaseNotice } from './rebase.ts';
import { useReview, withPeople } from './review/review.store.ts';
import { batchSize, buildBatch } from './save-batch.ts';

/** A retired grid's units that no grid of the save would hold (422 `units_dropped`'s details). */
export interface DroppedUnits {
  gridId: string;
  code: string;
  unitIds: string[];
}

/** What the planner has confirmed for this save after the server asked. */
export interface SaveConfirm {
  worse?: boolean;
  dropUnits?: boolean;
}

/**
 * idle → saving → saved, or: conflict (409, someone saved first: reload and re-apply), worse (422,
 * the save makes coverage worse: confirm to save anyway), dropped (422, a retired grid's units
 * would hold nothing: name them, confirm to let them go), failed (anything else).
 */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; count: number; effectiveWeek: string | null; rerouted: number }
  | { state: 'conflict'; message: string }
  | { state: 'worse'; message: string; confirmed: SaveConfirm }
  | { state: 'dropped'; dropped: DroppedUnits[]; confirmed: SaveConfirm }
  | { state: 'failed'; message: string };

function droppedOf(details: Readonly<Record<string, unknown>> | null): DroppedUnits[] | null {
  const list = details?.dropped;
  if (!Array.isArray(list)) return null;
  const ok = list.every((d) => d && typeof d.gridId === 'string' && typeof d.code === 'string' && Array.isArray(d.unitIds));
  return ok ? (list as DroppedUnits[]) : null;
}

interface SaveStore {
  save: SaveState;
  /** when the save is in force for weekly reports: from next week unless the planner says this week */
  effective: Effective;
  setEffective: (effective: Effective) => void;
  /** what the last re-apply had to change in the planner's grids (new ids, new codes) */
  notices: RebaseNotice[];
  /** sends every changed grid in one POST /api/grids/batch, with the people the review settled */
  saveAll: (confirm?: SaveConfirm) => Promise<void>;
  /** after a conflict: fetch the grids as saved now, and put this session's steps on them again */
  reloadAndReapply: () => Promise<void>;
  dismiss: () => void;
}

/** Committed data changed: refresh what depends on the grids (coverage, the week's colours). */
export async function afterCommit(): Promise<void> {
  await useData.getState().reloadGrids();
  void useCoverage.getState().reloadStored();
  const week = useView.getState().week;
  if (week) void useData.getState().reloadStatus(week);
}

export const useSave = create<SaveStore>((set, get) => ({
  save: { state: 'idle' },
  effective: EFFECTIVE.nextWeek,
  setEffective: (effective) => set({ effective }),
  notices: [],
  saveAll: async (confirm = {}) => {
    const { base, grids } = useEdit.getState();
    if (!base) return;
    const batch = buildBatch(base.features, grids);
    const count = batchSize(batch);
    if (count === 0) return;
    set({ save: { state: 'saving' } });
    try {
      const body = { ...withPeople(batch, useReview.getState().standing(new Set(grids.map((g) => g.properties.id)))), effective: get().effective, ...(confirm.worse ? { confirmWorse: true } : {}), ...(confirm.dropUnits ? { confirmDropUnits: true } : {}) };
      const saved = await editApi.save(body);
      await afterCommit();
      const fresh = useData.getState().grids;
      // the saved grids are the new starting point: nothing is unsaved any more
      if (fresh) useEdit.getState().start(fresh);
      useReview.getState().clear();
      set({ save: { state: 'saved', count, effectiveWeek: saved?.effectiveWeek ?? null, rerouted: saved?.rerouted?.length ?? 0 }, notices: [] });
    } catch (err) {
      const e = err instanceof ApiRequestError ? err : null;
      const dropped = e?.status === 422 && e.code === 'units_dropped' ? droppedOf(e.details) : null;
      if (e?.status === 409) set({ save: { state: 'conflict', message: errorMessage(e) } });
      else if (e?.status === 422 && e.code === 'coverage_worse') set({ save: { state: 'worse', message: errorMessage(e), confirmed: confirm } });
      else if (dropped) set({ save: { state: 'dropped', dropped, confirmed: confirm } });
      else set({ save: { state: 'failed', message: errorMessage(err) } });
    }
  },
  reloadAndReapply: async () => {
    set({ save: { state: 'saving' } });
    try {
      const fresh = await useData.getState().reloadGrids();
      const notices = useEdit.getState().reapply(fresh);
      set({ save: { state: 'idle' }, notices });
    } catch (err) {
      set({ save: { state: 'failed', message: errorMessage(err) } });
    }
  },
  dismiss: () => set({ save: { state: 'idle' }, notices: [] }),
}));
