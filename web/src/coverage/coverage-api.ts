import type { CoverageResponse } from '@wangge/geodata';
import { getJson } from '../api/client.ts';

export const coverageApi = {
  stored: (signal?: AbortSignal) => getJson<CoverageResponse>('/api/coverage', signal),
};
