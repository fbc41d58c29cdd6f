import { create } from 'zustand';
import { DEFAULT_OVERLAYS, NO_SELECTION, sameSelection, type Drawer, type Overlay, type Overlays, type Selection, type UrlView } from './url-state.ts';

/** Why the view changed: user actions add a history entry, restoring from the URL does not. */
export type ViewChange = 'user' | 'url';

interface ViewStore {
  /** the week shown; null until the config tells us the current week */
  week: string | null;
  selection: Selection;
  overlays: Overlays;
  drawer: Drawer | null;
  /** the problem whose card is open */
  problem: string | null;
  lastChange: ViewChange;
  /** bumped when a selection should move the camera (search, link), not on a map click */
  flyRequest: number;
  setWeek: (week: string) => void;
  select: (selection: Selection, opts?: { fly?: boolean }) => void;
  clearSelection: () => void;
  toggleOverlay: (overlay: Overlay) => void;
  /** opens a task view over the map (null closes it); false when the open view's guard kept it */
  openDrawer: (drawer: Drawer | null) => boolean;
  /** opens a problem's card (null closes it) */
  openProblem: (id: string | null) => void;
  applyUrl: (view: UrlView, opts: { fly: boolean }) => void;
}

/**
 * Asked before the open task view closes or gives way to another (by a click or by Back); false
 * keeps it open. The edit view sets one while it holds unsaved edits.
 */
export type DrawerGuard = (next: Drawer | null) => boolean;
let drawerGuard: DrawerGuard | null = null;

export function guardDrawer(guard: DrawerGuard | null): void {
  drawerGuard = guard;
}

const mayLeave = (from: Drawer | null, to: Drawer | null) => from === to || !drawerGuard || drawerGuard(to);

/** The view the user chose: what a link carries. Data fetched for it lives in data.store / panel.store. */
export const useView = create<ViewStore>((set, get) => ({
  week: null,
  selection: NO_SELECTION,
  overlays: DEFAULT_OVERLAYS,
  drawer: null,
  problem: null,
  lastChange: 'url',
  flyRequest: 0,
  setWeek: (week) => {
    if (week !== get().week) set({ week, lastChange: 'user' });
  },
  select: (selection, opts) => {
    if (sameSelection(selection, get().selection)) return;
    set((s) => ({ selection, lastChange: 'user', flyRequest: opts?.fly ? s.flyRequest + 1 : s.flyRequest }));
  },
  clearSelection: () => get().select(NO_SELECTION),
  toggleOverlay: (overlay) => set((s) => ({ overlays: { ...s.overlays, [overlay]: !s.overlays[overlay] }, lastChange: 'user' })),
  openDrawer: (drawer) => {
    if (drawer === get().drawer) return true;
    if (!mayLeave(get().drawer, drawer)) return false;
    set({ drawer, lastChange: 'user' });
    return true;
  },
  openProblem: (problem) => {
    if (problem !== get().problem) set({ problem, lastChange: 'user' });
  },
  applyUrl: (view, { fly }) =>
    set((s) => ({
      week: view.week,
      selection: view.selection,
      overlays: view.overlays,
      // Back away from a guarded view that answers no keeps it (url-sync then puts its address back)
      drawer: mayLeave(s.drawer, view.drawer) ? view.drawer : s.drawer,
      problem: view.problem,
      lastChange: 'url',
      flyRequest: fly && view.selection.grid && !sameSelection(view.selection, s.selection) ? s.flyRequest + 1 : s.flyRequest,
    })),
}));
