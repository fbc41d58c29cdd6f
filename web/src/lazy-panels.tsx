import { lazy, Suspense } from 'react';
import { useFiling } from './problems/filing.store.ts';
import { useProblemCard } from './problems/card.store.ts';
import { usePanel } from './state/panel.store.ts';
import { useView } from './state/view.store.ts';

const SidePanel = lazy(() => import('./panel/side-panel.tsx').then((m) => ({ default: m.SidePanel })));
const ProblemPanel = lazy(() => import('./problems/problem-panel.tsx').then((m) => ({ default: m.ProblemPanel })));

/**
 * The inspect panel and the problem panel, whose code loads when one first opens: the first view
 * draws neither, so the map does not wait for them.
 */
export function LazySidePanel() {
  const selected = useView((s) => s.selection.grid !== null || s.selection.at !== null);
  const locating = usePanel((s) => s.place?.load.state === 'loading');
  return selected || locating ? (
    <Suspense fallback={null}>
      <SidePanel />
    </Suspense>
  ) : null;
}

export function LazyProblemPanel() {
  const filing = useFiling((s) => s.active);
  const open = useProblemCard((s) => s.detail !== null);
  return filing || open ? (
    <Suspense fallback={null}>
      <ProblemPanel />
    </Suspense>
  ) : null;
}
