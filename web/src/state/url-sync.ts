import { withCountyParam } from '../api/county.ts';
import { clampWeek, parseViewUrl, sameSelection, serializeViewUrl, type UrlView } from './url-state.ts';
import { useView } from './view.store.ts';

const viewOf = (s: UrlView): UrlView => ({ week: s.week, selection: s.selection, overlays: s.overlays, drawer: s.drawer, problem: s.problem });

/**
 * Keeps the address bar and the view store in step. A new week, selection, open view or open problem
 * is a history entry (so Back undoes it); a layer toggle only replaces the entry, as flicking layers
 * is not navigation.
 */
export function startUrlSync(currentWeek: string, firstWeek: string | null = null): () => void {
  const fromLocation = (): UrlView => {
    const parsed = parseViewUrl(window.location.search);
    return { ...parsed, week: clampWeek(parsed.week, currentWeek, firstWeek) };
  };
  const write = (view: string, push: boolean) => {
    const search = withCountyParam(view);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  useView.getState().applyUrl(fromLocation(), { fly: true });
  write(serializeViewUrl(viewOf(useView.getState())), false);

  const unsubscribe = useView.subscribe((s, prev) => {
    if (s.lastChange !== 'user') return;
    const navigation = s.week !== prev.week || s.drawer !== prev.drawer || s.problem !== prev.problem || !sameSelection(s.selection, prev.selection);
    write(serializeViewUrl(viewOf(s)), navigation);
  });

  const onPopState = () => {
    useView.getState().applyUrl(fromLocation(), { fly: true });
    // a clamped week or dropped junk: show the canonical address without adding an entry
    write(serializeViewUrl(viewOf(useView.getState())), false);
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
