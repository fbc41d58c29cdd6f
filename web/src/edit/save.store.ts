import { create } from 'zustand';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useCoverage } from '../coverage/coverage.store.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { editApi } from './edit-api.ts';
import { useEdit } from './edit.store.ts';
import type { RebaseNotice } from './rebase.ts';
import { batchSize, buildBatch } from './save-batch.ts';

/**
 * idle → saving → saved, or: conflict (409, someone saved first: reload and re-apply), worse (422,
 * the save makes coverage worse: confirm to save anyway), failed (anything else).
 */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; count: number }
  | { state: 'conflict'; message: string }
  | { state: 'worse'; message: string }
  | { state: 'failed'; message: string };

interface SaveStore {
  save: SaveState;
  /** what the last re-apply had to change in the planner's grids (new ids, new codes) */
  notices: RebaseNotice[];
  /** sends every changed grid in one POST /api/grids/batch */
  saveAll: (confirmWorse?: boolean) => Promise<void>;
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

export const useSave = create<SaveStore>((set) => ({
  save: { state: 'idle' },
  notices: [],
  saveAll: async (confirmWorse = false) => {
    const { base, grids } = useEdit.getState();
    if (!base) return;
    const batch = buildBatch(base.features, grids);
    const count = batchSize(batch);
    if (count === 0) return;
    set({ save: { state: 'saving' } });
    try {
      await editApi.save(confirmWorse ? { ...batch, confirmWorse } : batch);
      await afterCommit();
      const fresh = useData.getState().grids;
      // the saved grids are the new starting point: nothing is unsaved any more
      if (fresh) useEdit.getState().start(fresh);
      set({ save: { state: 'saved', count }, notices: [] });
    } catch (err) {
      const e = err instanceof ApiRequestError ? err : null;
      if (e?.status === 409) set({ save: { state: 'conflict', message: errorMessage(e) } });
      else if (e?.status === 422 && e.code === 'coverage_worse') set({ save: { state: 'worse', message: errorMessage(e) } });
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
