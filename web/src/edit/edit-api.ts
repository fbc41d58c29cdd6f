import type { AreasResponse, BatchSaved, GridBatch, GridHistoryEntry, GridRestoreRequest, GridSaved, UnitsResponse } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';

export type { BatchSaved, GridHistoryEntry };

export const editApi = {
  save: (batch: GridBatch) => sendJson<BatchSaved>('POST', '/api/grids/batch', batch),
  units: () => getJson<UnitsResponse>('/api/units'),
  areas: () => getJson<AreasResponse>('/api/areas'),
  history: (id: string) => getJson<GridHistoryEntry[]>(`/api/grids/${encodeURIComponent(id)}/history`),
  restore: (id: string, toVersion: number, version: number, confirmWorse = false) => {
    const body: GridRestoreRequest = { toVersion, version, ...(confirmWorse ? { confirmWorse } : {}) };
    return sendJson<GridSaved>('POST', `/api/grids/${encodeURIComponent(id)}/restore`, body);
  },
};
