import type { WanggeMap } from '../map/wangge-map.ts';
import { useView } from '../state/view.store.ts';

/**
 * Binds the edit view to the map the first time it opens (view=edit), loading its code then: most
 * users never edit, and terra-draw and the browser coverage check need not load for them.
 */
export function bindEditWhenOpened(wmap: WanggeMap): () => void {
  let unbind: (() => void) | null = null;
  let gone = false;
  let loading = false;
  const check = () => {
    if (unbind || loading || useView.getState().drawer !== 'edit') return;
    loading = true;
    void import('./edit-binding.ts').then((m) => {
      if (!gone) unbind = m.bindEdit(wmap);
    });
  };
  const off = useView.subscribe(check);
  check();
  return () => {
    gone = true;
    off();
    unbind?.();
  };
}
