import { isNull, sql } from 'drizzle-orm';
import type { ReportRequirements } from '@wangge/geodata';
import type { Kit } from './kit.ts';
import { defineAccountTables } from './tables-accounts.ts';
import { defineAssessmentTables } from './tables-assessment.ts';
import { defineBulletinTables } from './tables-bulletins.ts';
import { defineCountyTables } from './tables-counties.ts';
import { defineHardeningTables } from './tables-hardening.ts';
import { defineNotificationTables } from './tables-notifications.ts';
import { defineOfflineTables } from './tables-offline.ts';

/**
 * The whole domain model, written once for both backends in the column vocabulary of kit.ts.
 * Geometries are stored as GeoJSON text (WGS84) with their bounding box in plain columns, so the
 * SQLite lookups prefilter with an index; on PostgreSQL a generated PostGIS column `geom` of the
 * same shape (added by a migration of its own) carries a GiST index for the spatial lookups.
 * Instants are epoch milliseconds (UTC).
 */
export function defineTables(k: Kit) {
  const bbox = {
    minLon: k.real('min_lon').notNull(),
    minLat: k.real('min_lat').notNull(),
    maxLon: k.real('max_lon').notNull(),
    maxLat: k.real('max_lat').notNull(),
  };
  const meta = k.table('meta', {
    key: k.text('key').primaryKey(),
    value: k.text('value').notNull(),
  });

  const { counties, countySettings } = defineCountyTables(k, bbox);
  const countyRef = () => k.text('county_id').references(() => counties.id);

  const streetOffices = k.table('street_offices', {
    id: k.text('id').primaryKey(),
    countyId: countyRef(),
    code: k.text('code').notNull().unique(),
    name: k.text('name').notNull(),
  });

  const communities = k.table('communities', {
    id: k.text('id').primaryKey(),
    countyId: countyRef(),
    code: k.text('code').notNull().unique(),
    name: k.text('name').notNull(),
    streetOfficeId: k.text('street_office_id').notNull().references(() => streetOffices.id),
    streetOfficeGuessed: k.bool('street_office_guessed').notNull().default(false),
    gridded: k.bool('gridded').notNull().default(true),
    geometry: k.text('geometry').notNull(),
    ...bbox,
  });

  const areas = k.table('areas', {
    id: k.text('id').primaryKey(),
    countyId: countyRef(),
    name: k.text('name').notNull(),
    leaderTitle: k.text('leader_title').notNull(),
    leaderPhone: k.text('leader_phone').notNull(),
  });

  const units = k.table(
    'units',
    {
      id: k.text('id').primaryKey(),
      countyId: countyRef(),
      name: k.text('name').notNull(),
      contactName: k.text('contact_name').notNull(),
      contactPhone: k.text('contact_phone').notNull(),
      /** set when the unit was merged into another: it stays as the history that old weeks name */
      retiredAt: k.ms('retired_at'),
      mergedInto: k.text('merged_into'),
    },
    // two counties each have a 教育局
    (t) => [k.uniqueIndex('units_county_name').on(t.countyId, t.name)],
  );

  /**
   * Periods of validity are by week (a week's name, its Friday): from `validFrom` (inclusive; null
   * = since the deployment began) up to `validTo` (exclusive; null = still in force). A week's
   * figures are computed against what was in force that week, so later edits never change them.
   */
  const validity = {
    validFrom: k.text('valid_from'),
    validTo: k.text('valid_to'),
  };

  /** A grid as it is now (its latest version); `grid_versions` keeps every version with its weeks. */
  const grids = k.table(
    'grids',
    {
      id: k.text('id').primaryKey(),
      countyId: countyRef(),
      code: k.text('code').notNull(),
      name: k.text('name').notNull(),
      communityId: k.text('community_id').notNull().references(() => communities.id),
      areaId: k.text('area_id').notNull().references(() => areas.id),
      geometry: k.text('geometry').notNull(),
      version: k.int('version').notNull().default(1),
      updatedAt: k.ms('updated_at').notNull(),
      /** set when a grid is merged away or deleted: its reports and problems keep pointing at it */
      retiredAt: k.ms('retired_at'),
      ...validity,
      ...bbox,
    },
    (t) => [
      k.index('grids_county_idx').on(t.countyId),
      k.index('grids_community_idx').on(t.communityId),
      k.index('grids_area_idx').on(t.areaId),
      k.uniqueIndex('grids_active_code').on(t.code).where(sql`retired_at is null`),
    ],
  );

  /** Every version of every grid, with the weeks it was in force: past weeks' maps are drawn from these. */
  const gridVersions = k.table(
    'grid_versions',
    {
      gridId: k.text('grid_id').notNull().references(() => grids.id),
      version: k.int('version').notNull(),
      code: k.text('code').notNull(),
      name: k.text('name').notNull(),
      communityId: k.text('community_id').notNull().references(() => communities.id),
      areaId: k.text('area_id').notNull().references(() => areas.id),
      geometry: k.text('geometry').notNull(),
      ...validity,
      ...bbox,
      createdAt: k.ms('created_at').notNull(),
      createdBy: k.text('created_by'),
    },
    (t) => [k.primaryKey({ columns: [t.gridId, t.version] })],
  );

  /** The grids in force (not retired). */
  const activeGrid = isNull(grids.retiredAt);

  /** Which units hold which grid (lead or member), and in which weeks. */
  const gridUnits = k.table(
    'grid_units',
    {
      id: k.serial('id'),
      gridId: k.text('grid_id').notNull().references(() => grids.id, { onDelete: 'cascade' }),
      unitId: k.text('unit_id').notNull().references(() => units.id),
      lead: k.bool('lead').notNull().default(false),
      ...validity,
    },
    (t) => [k.index('grid_units_grid_idx').on(t.gridId), k.index('grid_units_unit_idx').on(t.unitId)],
  );

  const people = k.table(
    'people',
    {
      id: k.text('id').primaryKey(),
      name: k.text('name').notNull(),
      phone: k.text('phone').notNull(),
      role: k.text('role', { enum: ['manager', 'supervisor'] }).notNull(),
      gridId: k.text('grid_id').notNull().references(() => grids.id, { onDelete: 'cascade' }),
      /** the dates (YYYY-MM-DD, Asia/Shanghai) this person held the post: from inclusive, to exclusive; null = open */
      validFrom: k.text('valid_from'),
      validTo: k.text('valid_to'),
    },
    (t) => [k.index('people_grid_idx').on(t.gridId)],
  );

  /** Who led a 片区 and when (dates YYYY-MM-DD, Asia/Shanghai: from inclusive, to exclusive; null = open); the area's own leader columns answer for days no row covers. */
  const areaLeaders = k.table(
    'area_leaders',
    {
      id: k.text('id').primaryKey(),
      areaId: k.text('area_id').notNull().references(() => areas.id),
      name: k.text('name').notNull(),
      title: k.text('title').notNull(),
      phone: k.text('phone').notNull(),
      validFrom: k.text('valid_from'),
      validTo: k.text('valid_to'),
    },
    (t) => [k.index('area_leaders_area_idx').on(t.areaId)],
  );

  const zones = k.table('zones', {
    id: k.text('id').primaryKey(),
    countyId: countyRef(),
    name: k.text('name').notNull(),
    kind: k.text('kind').notNull(),
    geometry: k.text('geometry').notNull(),
    ...bbox,
  });

  const zoneUnits = k.table(
    'zone_units',
    {
      zoneId: k.text('zone_id').notNull().references(() => zones.id, { onDelete: 'cascade' }),
      unitId: k.text('unit_id').notNull().references(() => units.id),
      position: k.int('position').notNull(),
    },
    (t) => [k.primaryKey({ columns: [t.zoneId, t.unitId] })],
  );

  const exemptWeeks = k.table('exempt_weeks', {
    week: k.text('week').primaryKey(),
    reason: k.text('reason').notNull(),
    createdBy: k.text('created_by'),
    createdAt: k.ms('created_at').notNull(),
  });

  /**
   * A county's week's figures, frozen when it closed (its deadline plus the grace an admin sets): the status
   * of every grid and unit and the overdue list with the contacts of that day. Closed weeks are
   * answered from here, so they never change.
   */
  const weekClosures = k.table(
    'week_closures',
    {
      countyId: k.text('county_id').notNull().references(() => counties.id),
      week: k.text('week').notNull(),
      closedAt: k.ms('closed_at').notNull(),
      /** { status, overdue, places }: see api/src/services/week-closure.ts */
      figures: k.json('figures').notNull(),
    },
    // each county closes its own weeks, at its own grace
    (t) => [k.primaryKey({ columns: [t.countyId, t.week] })],
  );

  const weeklyReports = k.table(
    'weekly_reports',
    {
      id: k.serial('id'),
      countyId: countyRef(),
      unitId: k.text('unit_id').notNull().references(() => units.id),
      gridId: k.text('grid_id').notNull().references(() => grids.id),
      week: k.text('week').notNull(),
      /** the first submission: timeliness is judged on it, later edits never move it */
      submittedAt: k.ms('submitted_at').notNull(),
      updatedAt: k.ms('updated_at').notNull(),
      revision: k.int('revision').notNull().default(1),
      workedOn: k.text('worked_on'),
      participants: k.int('participants'),
      hours: k.real('hours'),
      activities: k.json('activities').$type<string[]>(),
      problemsFound: k.int('problems_found'),
      problemsFixed: k.int('problems_fixed'),
      content: k.text('content'),
      submittedBy: k.text('submitted_by'),
      /** what the county required when this version was submitted; null: before requirements were recorded */
      requirements: k.json('requirements').$type<ReportRequirements>(),
      /** the photos of this version, in order (a copy in report_revisions keeps each earlier version's) */
      photoIds: k.json('photo_ids').$type<string[]>(),
    },
    (t) => [
      k.uniqueIndex('weekly_reports_unit_grid_week').on(t.unitId, t.gridId, t.week),
      k.index('weekly_reports_week_idx').on(t.week),
      k.index('weekly_reports_county_week_idx').on(t.countyId, t.week),
    ],
  );

  /** Earlier versions of a report: `data` is the whole weekly_reports row as it stood, photo ids included. */
  const reportRevisions = k.table('report_revisions', {
    id: k.serial('id'),
    reportId: k.int('report_id').notNull().references(() => weeklyReports.id, { onDelete: 'cascade' }),
    revision: k.int('revision').notNull(),
    data: k.json('data').notNull(),
    createdAt: k.ms('created_at').notNull(),
    createdBy: k.text('created_by'),
  });

  const photos = k.table(
    'photos',
    {
      id: k.text('id').primaryKey(),
      /** 'report' or 'problem' */
      ownerKind: k.text('owner_kind').notNull(),
      ownerId: k.text('owner_id').notNull(),
      path: k.text('path').notNull(),
      mime: k.text('mime').notNull(),
      bytes: k.int('bytes').notNull(),
      createdAt: k.ms('created_at').notNull(),
      /** the order of upload among one owner's photos (ids are random, and a fixed clock makes times equal) */
      seq: k.int('seq').notNull().default(0),
      /**
       * a problem's photo documents one workflow step (filing = before, 已整改 = after); rows older than
       * this column were linked by time in the migration that added it
       */
      eventId: k.int('event_id').references(() => problemEvents.id, { onDelete: 'set null' }),
      /** hex sha256 of the bytes; null for photos stored before it was kept */
      sha256: k.text('sha256'),
    },
    (t) => [
      k.index('photos_owner_idx').on(t.ownerKind, t.ownerId),
      // a picture proves one report's work: the same bytes on two reports is the sham the campaign names
      k.uniqueIndex('photos_report_sha').on(t.sha256).where(sql`owner_kind = 'report'`),
    ],
  );

  const problems = k.table(
    'problems',
    {
      id: k.text('id').primaryKey(),
      countyId: countyRef(),
      lon: k.real('lon').notNull(),
      lat: k.real('lat').notNull(),
      /** metres the device's location fix may be off, as the phone reported it with the filing; null when the place was picked on the map */
      accuracy: k.real('accuracy'),
      category: k.text('category').notNull(),
      description: k.text('description').notNull(),
      status: k.text('status').notNull(),
      gridId: k.text('grid_id').references(() => grids.id),
      streetOfficeId: k.text('street_office_id').references(() => streetOffices.id),
      outsideGrids: k.bool('outside_grids').notNull().default(false),
      createdAt: k.ms('created_at').notNull(),
      createdBy: k.text('created_by'),
      updatedAt: k.ms('updated_at').notNull(),
      dueAt: k.ms('due_at'),
      /** the unit leading the fixing (牵头单位), named by 交办; null before */
      ownerUnitId: k.text('owner_unit_id').references(() => units.id),
      /** the owner unit's person answering for it (责任人), as 交办 named them */
      ownerPerson: k.text('owner_person'),
      ownerPhone: k.text('owner_phone'),
    },
    (t) => [
      k.index('problems_county_idx').on(t.countyId),
      k.index('problems_lon_lat_idx').on(t.lon, t.lat),
      k.index('problems_status_idx').on(t.status),
      k.index('problems_grid_idx').on(t.gridId),
      k.index('problems_created_idx').on(t.createdAt),
      k.index('problems_owner_idx').on(t.ownerUnitId),
    ],
  );

  const problemUnits = k.table(
    'problem_units',
    {
      problemId: k.text('problem_id').notNull().references(() => problems.id, { onDelete: 'cascade' }),
      unitId: k.text('unit_id').notNull().references(() => units.id),
      /** owner, cooperating or routed (PROBLEM_UNIT_ROLES): why the unit answers for it now */
      role: k.text('role').notNull().default('routed'),
      /** the problem's place routed it to this unit: it stays responsible (as 'routed') when 交办 names another owner */
      routed: k.bool('routed').notNull().default(true),
    },
    (t) => [k.primaryKey({ columns: [t.problemId, t.unitId] }), k.index('problem_units_unit_idx').on(t.unitId)],
  );

  const problemEvents = k.table(
    'problem_events',
    {
      id: k.serial('id'),
      problemId: k.text('problem_id').notNull().references(() => problems.id, { onDelete: 'cascade' }),
      fromStatus: k.text('from_status'),
      toStatus: k.text('to_status').notNull(),
      action: k.text('action').notNull(),
      note: k.text('note'),
      userId: k.text('user_id'),
      /** the unit the actor acted for at the time (an account may later move to another unit) */
      actorUnitId: k.text('actor_unit_id').references(() => units.id),
      at: k.ms('at').notNull(),
      /** 交办 / 改派: the owner unit they named, its person, the deadline set (null: kept) and the co-operating units */
      ownerUnitId: k.text('owner_unit_id').references(() => units.id),
      ownerPerson: k.text('owner_person'),
      ownerPhone: k.text('owner_phone'),
      dueAt: k.ms('due_at'),
      coUnitIds: k.json('co_unit_ids').$type<string[]>(),
    },
    // a card reads one problem's steps: without this, a scan of every step of every problem
    (t) => [k.index('problem_events_problem_idx').on(t.problemId)],
  );

  const { users, sessions, auditEvents } = defineAccountTables(k, { units, counties });

  const reminders = defineNotificationTables(k, { users, units });
  const offline = defineOfflineTables(k, { users });
  const hardening = defineHardeningTables(k);
  const bulletinTables = defineBulletinTables(k, { users, counties });
  const assessment = defineAssessmentTables(k, { counties, users, grids, communities, streetOffices, zones, problems });

  return {
    meta, counties, countySettings, streetOffices, communities, areas, areaLeaders, units, grids, gridVersions, activeGrid, gridUnits, people, zones, zoneUnits, exemptWeeks, weekClosures,
    weeklyReports, reportRevisions, photos, problems, problemUnits, problemEvents, users, sessions, auditEvents,
    ...reminders,
    ...offline,
    ...hardening,
    ...bulletinTables,
    ...assessment,
  };
}

export type Tables = ReturnType<typeof defineTables>;
