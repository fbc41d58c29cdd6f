import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import type { PrintRequest } from './print-options.ts';
import { firstReportedWeek } from '../services/reports.ts';

/**
 * The first id in an export request that names nothing in this database, as a message; null when
 * all are known. Asked before rendering, so a typo answers 400 at once instead of a sheet that
 * silently shows no selection or no problems after seconds of drawing.
 */
export function unknownExportId(db: Db, req: PrintRequest): string | null {
  const gridKnown = (id: string) => db.select({ id: t.grids.id }).from(t.grids).where(and(eq(t.grids.id, id), t.activeGrid)).get() !== undefined;
  if (req.grid && !gridKnown(req.grid)) return `grid "${req.grid}" is not a grid in force`;
  if (req.community && !db.select({ id: t.communities.id }).from(t.communities).where(eq(t.communities.id, req.community)).get()) return `community "${req.community}" is not a community`;
  const { grid, unit } = req.problemFilter;
  if (grid && !db.select({ id: t.grids.id }).from(t.grids).where(eq(t.grids.id, grid)).get()) return `problemGrid "${grid}" is not a grid`;
  if (unit && !db.select({ id: t.units.id }).from(t.units).where(eq(t.units.id, unit)).get()) return `problemUnit "${unit}" is not a unit`;
  return null;
}

/**
 * A message when the week comes before the first week anyone reported (tracking began): a status
 * map would print every grid as missing. null when it does not, or when nothing was reported yet (a
 * new deployment). Asked for status maps only.
 */
export function weekBeforeReports(db: Db, week: string): string | null {
  const first = firstReportedWeek(db);
  return first !== null && week < first ? `week ${week} is before the first reported week (${first}): there is no report data for it` : null;
}
