import type { CoverageReport } from '@wangge/geodata';
import { getJson } from '../api/client.ts';

/** 纵向到底 issues, as GET /api/coverage names them (api/src/services/responsibility.ts). */
export const RESPONSIBILITY_ISSUES = {
  no_unit: 'no_unit',
  no_manager: 'no_manager',
  too_few_supervisors: 'too_few_supervisors',
  no_leader: 'no_leader',
} as const;
export type ResponsibilityIssue = (typeof RESPONSIBILITY_ISSUES)[keyof typeof RESPONSIBILITY_ISSUES];

export interface ResponsibilityReport {
  ok: boolean;
  grids: { gridId: string; code: string; name: string; issues: ResponsibilityIssue[]; units: number; supervisors: number; hasManager: boolean }[];
  areas: { areaId: string; name: string; issues: ResponsibilityIssue[] }[];
  issueCount: number;
}

/** GET /api/coverage: the stored grids checked against their communities, plus the responsibility chain. */
export type CoverageResponse = CoverageReport & { responsibility: ResponsibilityReport };

export const coverageApi = {
  stored: (signal?: AbortSignal) => getJson<CoverageResponse>('/api/coverage', signal),
};
