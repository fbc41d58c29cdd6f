import { isNull, sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The whole domain model of DESIGN. Geometries are stored as GeoJSON text (WGS84) with their
 * bounding box in plain columns so spatial lookups can prefilter with an index.
 * Instants are epoch milliseconds (UTC).
 */
const bbox = {
  minLon: real('min_lon').notNull(),
  minLat: real('min_lat').notNull(),
  maxLon: real('max_lon').notNull(),
  maxLat: real('max_lat').notNull(),
};

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const streetOffices = sqliteTable('street_offices', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});

export const communities = sqliteTable('communities', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  streetOfficeId: text('street_office_id').notNull().references(() => streetOffices.id),
  streetOfficeGuessed: integer('street_office_guessed', { mode: 'boolean' }).notNull().default(false),
  gridded: integer('gridded', { mode: 'boolean' }).notNull().default(true),
  geometry: text('geometry').notNull(),
  ...bbox,
});

export const areas = sqliteTable('areas', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  leaderTitle: text('leader_title').notNull(),
  leaderPhone: text('leader_phone').notNull(),
});

export const units = sqliteTable('units', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
});

export const grids = sqliteTable(
  'grids',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    communityId: text('community_id').notNull().references(() => communities.id),
    areaId: text('area_id').notNull().references(() => areas.id),
    geometry: text('geometry').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: integer('updated_at').notNull(),
    /** set when a grid is merged away or deleted: its reports and problems keep pointing at it */
    retiredAt: integer('retired_at'),
    ...bbox,
  },
  (t) => [
    index('grids_community_idx').on(t.communityId),
    index('grids_area_idx').on(t.areaId),
    uniqueIndex('grids_active_code').on(t.code).where(sql`retired_at is null`),
  ],
);

/** The grids in force (not retired). */
export const activeGrid = isNull(grids.retiredAt);

export const gridUnits = sqliteTable(
  'grid_units',
  {
    gridId: text('grid_id').notNull().references(() => grids.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull().references(() => units.id),
    lead: integer('lead', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.unitId] }), index('grid_units_unit_idx').on(t.unitId)],
);

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    role: text('role', { enum: ['manager', 'supervisor'] }).notNull(),
    gridId: text('grid_id').notNull().references(() => grids.id, { onDelete: 'cascade' }),
  },
  (t) => [index('people_grid_idx').on(t.gridId)],
);

export const zones = sqliteTable('zones', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  geometry: text('geometry').notNull(),
  ...bbox,
});

export const zoneUnits = sqliteTable(
  'zone_units',
  {
    zoneId: text('zone_id').notNull().references(() => zones.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull().references(() => units.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.unitId] })],
);

export const exemptWeeks = sqliteTable('exempt_weeks', {
  week: text('week').primaryKey(),
  reason: text('reason').notNull(),
  createdBy: text('created_by'),
  createdAt: integer('created_at').notNull(),
});

export const weeklyReports = sqliteTable(
  'weekly_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: text('unit_id').notNull().references(() => units.id),
    gridId: text('grid_id').notNull().references(() => grids.id),
    week: text('week').notNull(),
    /** the first submission: timeliness is judged on it, later edits never move it */
    submittedAt: integer('submitted_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
    workedOn: text('worked_on'),
    participants: integer('participants'),
    hours: real('hours'),
    activities: text('activities', { mode: 'json' }).$type<string[]>(),
    problemsFound: integer('problems_found'),
    problemsFixed: integer('problems_fixed'),
    content: text('content'),
    submittedBy: text('submitted_by'),
  },
  (t) => [
    uniqueIndex('weekly_reports_unit_grid_week').on(t.unitId, t.gridId, t.week),
    index('weekly_reports_week_idx').on(t.week),
  ],
);

export const reportRevisions = sqliteTable('report_revisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reportId: integer('report_id').notNull().references(() => weeklyReports.id, { onDelete: 'cascade' }),
  revision: integer('revision').notNull(),
  data: text('data', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
  createdBy: text('created_by'),
});

export const photos = sqliteTable(
  'photos',
  {
    id: text('id').primaryKey(),
    /** 'report' or 'problem' */
    ownerKind: text('owner_kind').notNull(),
    ownerId: text('owner_id').notNull(),
    path: text('path').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: integer('created_at').notNull(),
    /**
     * a problem's photo documents one workflow step (filing = before, 已整改 = after); rows older than
     * this column were linked by time in the migration that added it
     */
    eventId: integer('event_id').references(() => problemEvents.id, { onDelete: 'set null' }),
  },
  (t) => [index('photos_owner_idx').on(t.ownerKind, t.ownerId)],
);

export const problems = sqliteTable(
  'problems',
  {
    id: text('id').primaryKey(),
    lon: real('lon').notNull(),
    lat: real('lat').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull(),
    gridId: text('grid_id').references(() => grids.id),
    streetOfficeId: text('street_office_id').references(() => streetOffices.id),
    outsideGrids: integer('outside_grids', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: integer('updated_at').notNull(),
    dueAt: integer('due_at'),
  },
  (t) => [
    index('problems_lon_lat_idx').on(t.lon, t.lat),
    index('problems_status_idx').on(t.status),
    index('problems_grid_idx').on(t.gridId),
    index('problems_created_idx').on(t.createdAt),
  ],
);

export const problemUnits = sqliteTable(
  'problem_units',
  {
    problemId: text('problem_id').notNull().references(() => problems.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.unitId] }), index('problem_units_unit_idx').on(t.unitId)],
);

export const problemEvents = sqliteTable(
  'problem_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    problemId: text('problem_id').notNull().references(() => problems.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    action: text('action').notNull(),
    note: text('note'),
    userId: text('user_id'),
    at: integer('at').notNull(),
  },
  // a card reads one problem's steps: without this, a scan of every step of every problem
  (t) => [index('problem_events_problem_idx').on(t.problemId)],
);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  unitId: text('unit_id').references(() => units.id),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
});

export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: text('user_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

