import type { CoverageReport } from '../coverage/index.ts';

/** 纵向到底 issues: a grid without a unit, manager or two supervisors, a 片区 without a leader. */
export const RESPONSIBILITY_ISSUES = {
  no_unit: 'no_unit',
  no_manager: 'no_manager',
  too_few_supervisors: 'too_few_supervisors',
  no_leader: 'no_leader',
} as const;
export type ResponsibilityIssue = keyof typeof RESPONSIBILITY_ISSUES;

export interface ResponsibilityReport {
  ok: boolean;
  grids: { gridId: string; code: string; name: string; issues: ResponsibilityIssue[]; units: number; supervisors: number; hasManager: boolean }[];
  areas: { areaId: string; name: string; issues: ResponsibilityIssue[] }[];
  /** grids and areas with at least one issue */
  issueCount: number;
}

/** GET /api/coverage: the stored grids checked against their communities, plus the responsibility chain. */
export type CoverageResponse = CoverageReport & { responsibility: ResponsibilityReport };
