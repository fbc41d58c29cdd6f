import type { AssessmentPointFeature, AssessmentPointInput } from '@wangge/geodata';
import { sendJson } from '../../api/client.ts';

const path = (id: string) => `/api/assessment/points/${encodeURIComponent(id)}`;

/** Changing and removing 点位 (admins and planners). */
export const pointsApi = {
  update: (id: string, input: AssessmentPointInput) => sendJson<AssessmentPointFeature>('PUT', path(id), input),
  remove: (id: string) => sendJson<{ deleted: string }>('DELETE', path(id)),
};
