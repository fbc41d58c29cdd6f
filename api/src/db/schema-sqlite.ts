import { sqliteKit } from './kit.ts';
import { defineTables } from './tables.ts';

/** The SQLite tables, as drizzle-kit reads them to write api/drizzle's migrations. */
export const {
  meta, counties, countySettings, streetOffices, communities, areas, areaLeaders, units, grids, gridVersions, gridUnits, people, zones, zoneUnits, exemptWeeks,
  weekClosures, weeklyReports, reportRevisions, photos, problems, problemUnits, problemEvents, users, sessions, auditEvents,
  notifications, jobRuns, webhooks, webhookDeliveries,
  clientWrites,
  loginThrottle, uploadQuota,
  bulletins, displayTokens,
  assessmentPoints, assessmentChecklists, assessmentRounds, assessmentSample, assessmentResults,
} = defineTables(sqliteKit);
