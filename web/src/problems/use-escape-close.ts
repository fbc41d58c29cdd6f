import { useEffect, useRef, type RefObject } from 'react';

/** Where a problem panel's Escape is meant for it: the panel itself, the map, the problem list, or nothing focused. */
const OWN_PLACES = '.maplibregl-map, .problem-list';

/**
 * While `open`, Escape calls `close` — unless it was pressed in some other widget (the search box,
 * the user menu, a dialog), which has its own Escape. When the panel goes, focus goes back to what
 * had it when the panel opened (the map after a pin click, the list row), or to the map if that is
 * gone, so keyboard users are not dropped at the top of the page.
 */
export function useEscapeClose(open: boolean, close: () => void, panel: RefObject<HTMLElement | null>) {
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const ours = !target || target === document.body || panel.current?.contains(target) || target.closest(OWN_PLACES) !== null;
      if (!ours || target?.closest('dialog, [role="dialog"]')) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // only when focus went down with the panel: a click elsewhere keeps its own focus
      const now = document.activeElement;
      if (now && now !== document.body) return;
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('.maplibregl-canvas');
      back?.focus({ preventScroll: true });
    };
  }, [open, panel]);
}
