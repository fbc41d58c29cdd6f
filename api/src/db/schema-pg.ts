import { pgKit } from './kit-pg.ts';
import { defineTables } from './tables.ts';

/** The PostgreSQL + PostGIS tables, as drizzle-kit reads them to write api/drizzle-pg's migrations. */
export const {
  meta, counties, countySettings, streetOffices, communities, areas, areaLeaders, units, grids, gridVersions, gridUnits, people, zones, zoneUnits, exemptWeeks,
  weekClosures, weeklyReports, reportRevisions, photos, problems, problemUnits, problemEvents, users, sessions, auditEvents,
  notifications, jobRuns, webhooks, webhookDeliveries,
  clientWrites,
  loginThrottle, uploadQuota,
  bulletins, displayTokens,
  assessmentPoints, assessmentChecklists, assessmentRounds, assessmentSample, assessmentResults,
} = defineTables(pgKit);
