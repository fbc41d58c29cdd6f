import { and, eq } from 'drizzle-orm';
import { ofCounty } from '../db/county-scope.ts';
import { first } from '../db/query.ts';
import type { Q } from '../db/store.ts';
import type { PrintRequest } from './print-options.ts';
import { firstWeek } from '../services/deployment.ts';

/**
 * The first id in an export request that names nothing in this database, as a message; null when
 * all are known. Asked before rendering, so a typo answers 400 at once instead of a sheet that
 * silently shows no selection or no problems after seconds of drawing.
 */
export async function unknownExportId(q: Q, req: PrintRequest): Promise<string | null> {
  const { db, t } = q;
  if (req.grid && !(await first(db.select({ id: t.grids.id }).from(t.grids).where(and(eq(t.grids.id, req.grid), t.activeGrid))))) return `grid "${req.grid}" is not a grid in force`;
  if (req.community && !(await first(db.select({ id: t.communities.id }).from(t.communities).where(eq(t.communities.id, req.community))))) return `community "${req.community}" is not a community`;
  const { grid, unit, owner } = req.problemFilter;
  if (grid && !(await first(db.select({ id: t.grids.id }).from(t.grids).where(eq(t.grids.id, grid))))) return `problemGrid "${grid}" is not a grid`;
  if (unit && !(await first(db.select({ id: t.units.id }).from(t.units).where(eq(t.units.id, unit))))) return `problemUnit "${unit}" is not a unit`;
  if (owner && !(await first(db.select({ id: t.units.id }).from(t.units).where(eq(t.units.id, owner))))) return `problemOwner "${owner}" is not a unit`;
  const r = t.assessmentRounds;
  if (req.round && !(await first(db.select({ id: r.id }).from(r).where(and(eq(r.id, req.round), ofCounty(q, r.countyId)))))) return `round "${req.round}" is not an assessment round of this county`;
  return null;
}

/**
 * A message when the week comes before the deployment's first week: nothing was due, a status map
 * would have nothing to show. null otherwise. Asked for status maps only.
 */
export async function weekBeforeReports(q: Q, week: string, now: number): Promise<string | null> {
  const start = await firstWeek(q, now);
  return week < start ? `week ${week} is before the first week of this deployment (${start}): there is no report data for it` : null;
}
