import { and, eq } from 'drizzle-orm';
import type { GridApiProps, OverdueRow, StatusResponse } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import { settingsCounty } from './county-settings.ts';

/** Where a grid lay in a week: what the status table and the trends group by. */
export type Place = Pick<GridApiProps, 'code' | 'name' | 'communityId' | 'communityName' | 'streetOfficeId' | 'streetOfficeName' | 'areaId' | 'areaName'>;
export type Places = Record<string, Place>;

/** What a closed week keeps: its status, every late and missing unit with that day's contacts, and each grid's place. */
export interface FrozenWeek {
  closedAt: number;
  status: StatusResponse;
  overdue: OverdueRow[];
  places: Places;
}

/** A county's closed week (the handle's county, or the deployment's first). */
export async function frozenWeek(q: Q, week: string): Promise<FrozenWeek | null> {
  const { db, t } = q;
  const countyId = await settingsCounty(q);
  if (countyId === null) return null;
  const row = await first(db.select().from(t.weekClosures).where(and(eq(t.weekClosures.countyId, countyId), eq(t.weekClosures.week, week))));
  if (!row) return null;
  const { status, overdue, places } = row.figures as Omit<FrozenWeek, 'closedAt'>;
  return { closedAt: row.closedAt, status, overdue, places };
}
