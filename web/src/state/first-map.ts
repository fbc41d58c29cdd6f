import { useState } from 'react';
import { useWeekLayout } from '../week/week-layout.store.ts';
import { useData } from './data.store.ts';
import { useView } from './view.store.ts';

/**
 * Whether the first map may be made: the base data is in and the shown week's status and layout
 * have answered (or failed), so the grids are tiled and drawn once, in their colours, rather than
 * grey first and again when the week arrives (at start both come at about the same time: the entry
 * asks for them with the base data). Once true it stays true: a later week shows on the map it has.
 */
export function useFirstMapReady(): boolean {
  const week = useView((s) => s.week);
  const base = useData((s) => s.config !== null);
  const status = useData((s) => (week ? s.statusByWeek[week]?.state : undefined));
  const layout = useWeekLayout((s) => (week ? s.byWeek[week]?.state : undefined));
  const ready = base && settled(status) && settled(layout);
  const [seen, setSeen] = useState(false);
  if (ready && !seen) setSeen(true);
  return seen || ready;
}

const settled = (state: 'loading' | 'ready' | 'error' | undefined) => state === 'ready' || state === 'error';
