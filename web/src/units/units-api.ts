import type { UnitAdminInfo, UnitGridsRequest, UnitInput, UnitMergeRequest, UnitMergeResponse, UnitsAdminResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

const path = (id: string) => `/api/units/${encodeURIComponent(id)}`;

/** The admin's unit routes: GET /api/units/manage, POST /api/units, PATCH /api/units/:id, POST …/merge, PUT …/grids. */
export const unitsApi = {
  list: (search: string, signal?: AbortSignal) => getJson<UnitsAdminResponse>(`/api/units/manage?${new URLSearchParams({ q: search })}`, signal),
  add: (body: UnitInput) => sendJson<UnitAdminInfo>('POST', '/api/units', body),
  update: (id: string, patch: Partial<UnitInput>) => sendJson<UnitAdminInfo>('PATCH', path(id), patch),
  merge: (id: string, body: UnitMergeRequest) => sendJson<UnitMergeResponse>('POST', `${path(id)}/merge`, body),
  setGrids: (id: string, body: UnitGridsRequest) => sendJson<UnitAdminInfo>('PUT', `${path(id)}/grids`, body),
};
