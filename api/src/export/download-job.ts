import type { StoreSource } from '../db/store.ts';
import type { ProblemFilter } from '../services/problems.ts';

/** A problem list download for a download thread: where to read, what, as of when, and in which format. */
export interface DownloadJob {
  source: StoreSource;
  countyId: string | undefined;
  filter: ProblemFilter;
  now: number;
  format: 'csv' | 'xlsx';
}

export type DownloadReply = { id: number; bytes: ArrayBuffer; error?: undefined } | { id: number; error: string; bytes?: undefined };

/** A download thread's nice value on Linux, where it is a thread's own (the API's thread keeps 0). */
export const DOWNLOAD_THREAD_NICE = 10;
