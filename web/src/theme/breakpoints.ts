/**
 * The widths the layout changes at, for code. CSS cannot read a custom property inside @media, so
 * the same numbers are named once more, as custom media, in theme/media.css (breakpoints.test.ts
 * keeps the two in step).
 */
export const BREAKPOINTS = {
  /** at or below: a phone — panels and task views are sheets under the map, not columns over it */
  phone: 760,
  /** at or below: the header's week picker gets a row of its own */
  headerWeekRow: 600,
  /** at or below: the narrowest phones, where the header drops its labels */
  narrowPhone: 440,
  /** at or below: a problem card no longer fits beside an open task view and goes over it */
  cardBesideDrawer: 1100,
} as const;

/** Whether the window is phone-sized now (read when needed, not kept). */
export function isPhone(width = window.innerWidth): boolean {
  return width <= BREAKPOINTS.phone;
}
