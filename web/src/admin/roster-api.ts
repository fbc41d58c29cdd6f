import type { GridRoster, RosterRequest, RostersResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

/** Grids' posts: GET /api/rosters?at= and PUT /api/grids/:id/people. */
export const rosterApi = {
  list: (at: string, signal?: AbortSignal) => getJson<RostersResponse>(`/api/rosters?${new URLSearchParams({ at })}`, signal),
  save: (gridId: string, body: RosterRequest) => sendJson<GridRoster>('PUT', `/api/grids/${encodeURIComponent(gridId)}/people`, body),
};
