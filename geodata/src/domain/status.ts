/** Weekly report status values, the same everywhere: API, UI, exports. */
export const STATUS = {
  on_time: 'on_time',
  late: 'late',
  missing: 'missing',
  pending: 'pending',
  not_due: 'not_due',
  exempt: 'exempt',
} as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_ORDER: readonly Status[] = ['missing', 'late', 'pending', 'on_time', 'not_due', 'exempt'];

/** A colour-blind-safe palette (ColorBrewer RdYlBu ends plus greys), shown in the legend. */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  on_time: '#1a9850',
  late: '#fdae61',
  missing: '#d73027',
  pending: '#4575b4',
  not_due: '#bdbdbd',
  exempt: '#f0f0f0',
};

/** Higher is worse. A grid shows the worst of its units' statuses. */
const SEVERITY: Readonly<Record<Status, number>> = {
  missing: 5,
  late: 4,
  pending: 3,
  on_time: 2,
  not_due: 1,
  exempt: 0,
};

export function worstStatus(statuses: Iterable<Status>): Status | null {
  let worst: Status | null = null;
  for (const s of statuses) if (worst === null || SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst;
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.hasOwn(STATUS, value);
}
