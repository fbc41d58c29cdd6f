import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of `total` rows fit in the box (no scrolling on paper): starts with all and drops one
 * at a time until the box no longer overflows. Calls onFitted once the count is final.
 */
export function useFitRows(box: RefObject<HTMLElement | null>, total: number, onFitted: () => void): number {
  const [shown, setShown] = useState(total);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (shown > 0 && el.scrollHeight > el.clientHeight + 1) setShown(shown - 1);
    else onFitted();
  }, [box, shown, onFitted]);
  return shown;
}
