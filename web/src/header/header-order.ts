import { BREAKPOINTS } from '../theme/breakpoints.ts';

/** The header's controls after the brand, named so their order can follow the layout. */
export const HEADER_PARTS = ['search', 'week', 'export', 'lang', 'user'] as const;
export type HeaderPart = (typeof HEADER_PARTS)[number];

/** Widths (px) where header.css rearranges the bar (its --phone and --header-week-row custom media). */
export const HEADER_BREAKPOINTS = { wrap: BREAKPOINTS.phone, weekRow: BREAKPOINTS.headerWeekRow } as const;

/**
 * The DOM (and so the tab) order of the header's controls at a viewport width, the same as the order they are seen in:
 * one row on a desk; from `wrap` down the search drops to a row of its own at the bottom; from `weekRow` down the
 * week drops too, under the buttons and above the search. CSS `order` would move them only on screen and leave
 * keyboard users jumping between rows.
 */
export function headerOrder(width: number): readonly HeaderPart[] {
  if (width <= HEADER_BREAKPOINTS.weekRow) return ['export', 'lang', 'user', 'week', 'search'];
  if (width <= HEADER_BREAKPOINTS.wrap) return ['week', 'export', 'lang', 'user', 'search'];
  return HEADER_PARTS;
}
