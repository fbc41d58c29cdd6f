import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreasResponse, CoverageSummary, GridApiProps, UnitsResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';
import type { GridBatch } from './save-batch.ts';

/** POST /api/grids/batch's answer. */
export interface BatchSaved {
  saved: FeatureCollection<Polygon | MultiPolygon, GridApiProps>;
  retired: string[];
  coverage: CoverageSummary;
}

/** A recorded change of one grid (GET /api/grids/:id/history), newest first. */
export interface GridHistoryEntry {
  id: number;
  at: string;
  userId: string;
  action: 'create' | 'update' | 'retire' | string;
  before: { version?: number; code?: string; name?: string; geometry?: Polygon | MultiPolygon } | null;
  after: { version?: number; code?: string; name?: string; geometry?: Polygon | MultiPolygon } | null;
}

export const editApi = {
  save: (batch: GridBatch) => sendJson<BatchSaved>('POST', '/api/grids/batch', batch),
  units: () => getJson<UnitsResponse>('/api/units'),
  areas: () => getJson<AreasResponse>('/api/areas'),
  history: (id: string) => getJson<GridHistoryEntry[]>(`/api/grids/${encodeURIComponent(id)}/history`),
  restore: (id: string, toVersion: number, version: number, confirmWorse = false) =>
    sendJson<unknown>('POST', `/api/grids/${encodeURIComponent(id)}/restore`, { toVersion, version, ...(confirmWorse ? { confirmWorse } : {}) }),
};
