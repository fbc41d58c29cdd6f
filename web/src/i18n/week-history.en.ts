import type { weekHistoryZh } from './week-history.zh.ts';

/** English text for the weeks as a record that does not move; same keys as week-history.zh.ts. */
export const weekHistoryEn: Readonly<Record<keyof typeof weekHistoryZh, string>> = {
  'week.first': '{label} · first week',
  'weekState.label': '{state}: {hint}',
  'weekState.notStarted': 'Not started',
  'weekState.open': 'Open',
  'weekState.closed': 'Closed (frozen)',
  'weekState.notStartedHint': 'Before the system started (from the week of {first}): nothing was due',
  'weekState.openHint': 'Reports due {due}; closes and freezes {closes}',
  'weekState.closedHint': 'Closed {at}: the figures are a frozen snapshot; later grid changes do not alter them',
  'legend.notStarted': 'Not started: reporting counts from the week of {first}',
  'pending.title': 'Still to report: {units} units, {grids} grids',
  'pending.due': 'due {due}',
  'pending.col.contact': 'Contact',
  'pending.col.grids': 'Grids to report',
};
