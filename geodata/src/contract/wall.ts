import type { ProblemStatus } from '../domain/problems.ts';

/** A wall display's token as listed (GET /api/display-tokens): the token itself is shown only when made. */
export interface DisplayToken {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** POST /api/display-tokens { name } → 201: the one time the token is shown. */
export interface NewDisplayToken extends DisplayToken {
  token: string;
}

/** The header a wall display sends its token in (the page has it from `token=` in its address). */
export const DISPLAY_TOKEN_HEADER = 'x-display-token';

/** A week's reports so far: every (unit, grid) report it asks for, and the share on time. */
export interface WallWeek {
  week: string;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  total: number;
  /** onTime ÷ total; null when the week asks for none */
  rate: number | null;
}

/** GET /api/wall (a display token or a staff session): the wall's figures beside its map. */
export interface WallResponse {
  now: string;
  /** the running week */
  week: string;
  dueAt: string;
  thisWeek: WallWeek;
  lastWeek: WallWeek;
  /** units still to report this week (pending before the deadline, missing after), missing first, with how many grids */
  outstanding: { unitId: string; unitName: string; status: 'pending' | 'missing'; grids: number }[];
  /** the newest problems, newest first */
  problems: { id: string; category: string; description: string; status: ProblemStatus | string; createdAt: string; overdue: boolean }[];
}
