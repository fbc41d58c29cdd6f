import { useEffect, useState } from 'react';
import { HEADER_BREAKPOINTS, headerOrder, type HeaderPart } from './header-order.ts';

// media queries compare the same width as header.css does; they fire only when a breakpoint is crossed, not on every resize
const QUERIES = Object.values(HEADER_BREAKPOINTS).map((px) => `(max-width: ${px}px)`);

/** The header's control order for the current viewport, following resizes and rotation. */
export function useHeaderOrder(): readonly HeaderPart[] {
  const [order, setOrder] = useState(() => headerOrder(window.innerWidth));
  useEffect(() => {
    const lists = QUERIES.map((q) => window.matchMedia(q));
    const changed = () => setOrder(headerOrder(window.innerWidth));
    lists.forEach((l) => l.addEventListener('change', changed));
    changed();
    return () => lists.forEach((l) => l.removeEventListener('change', changed));
  }, []);
  return order;
}
