import { sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { AssessmentKind, AssessmentResult, ChecklistItem } from '@wangge/geodata';
import type { Kit } from './kit.ts';

/** A table whose rows others point at by `id`. */
type Referenced = { id: AnySQLiteColumn };

/**
 * 文明城市测评 rehearsed: the 点位, the checklists per kind (every version kept), the mock-assessment
 * rounds with their drawn sample, and the inspectors' results. Written in the same column
 * vocabulary as tables.ts, which adds them to the domain model.
 */
export function defineAssessmentTables(
  k: Kit,
  refs: { counties: Referenced; users: Referenced; grids: Referenced; communities: Referenced; streetOffices: Referenced; zones: Referenced; problems: Referenced },
) {
  const countyId = () => k.text('county_id').notNull().references(() => refs.counties.id);

  /**
   * A 点位: a point or small polygon of a kind. Where it lies (grid, community, street office, zone) is
   * looked up at its representative point (`lon`, `lat`) when it is stored; outside every grid it
   * is kept and flagged.
   */
  const assessmentPoints = k.table(
    'assessment_points',
    {
      id: k.text('id').primaryKey(),
      countyId: countyId(),
      kind: k.text('kind').notNull().$type<AssessmentKind>(),
      name: k.text('name').notNull(),
      geometry: k.text('geometry').notNull(),
      lon: k.real('lon').notNull(),
      lat: k.real('lat').notNull(),
      gridId: k.text('grid_id').references(() => refs.grids.id),
      communityId: k.text('community_id').notNull().references(() => refs.communities.id),
      streetOfficeId: k.text('street_office_id').notNull().references(() => refs.streetOffices.id),
      zoneId: k.text('zone_id').references(() => refs.zones.id),
      /** an illustrative point of the demo data (示例) */
      example: k.bool('example').notNull().default(false),
      createdAt: k.ms('created_at').notNull(),
      createdBy: k.text('created_by'),
    },
    (t) => [k.index('assessment_points_county_idx').on(t.countyId, t.kind), k.index('assessment_points_grid_idx').on(t.gridId)],
  );

  /** One version of a kind's checklist: an edit adds the next version, and rounds keep the one they were made with. */
  const assessmentChecklists = k.table(
    'assessment_checklists',
    {
      id: k.serial('id'),
      countyId: countyId(),
      kind: k.text('kind').notNull().$type<AssessmentKind>(),
      version: k.int('version').notNull(),
      items: k.json('items').notNull().$type<ChecklistItem[]>(),
      createdAt: k.ms('created_at').notNull(),
      createdBy: k.text('created_by'),
    },
    (t) => [k.uniqueIndex('assessment_checklists_version').on(t.countyId, t.kind, t.version)],
  );

  /** A mock-assessment round: what was asked, the seed, and the checklist version of each kind. */
  const assessmentRounds = k.table(
    'assessment_rounds',
    {
      id: k.text('id').primaryKey(),
      countyId: countyId(),
      name: k.text('name').notNull(),
      fromDay: k.text('from_day').notNull(),
      toDay: k.text('to_day').notNull(),
      kinds: k.json('kinds').notNull().$type<AssessmentKind[]>(),
      perCommunity: k.int('per_community').notNull(),
      seed: k.real('seed').notNull(),
      checklistVersions: k.json('checklist_versions').notNull().$type<Partial<Record<AssessmentKind, number>>>(),
      /** { shortfalls, kindsWithoutPoints } as the draw found them */
      draw: k.json('draw').notNull(),
      createdAt: k.ms('created_at').notNull(),
      createdBy: k.text('created_by'),
      /** the county's rounds numbered in the order made: under a fixed clock their times are equal */
      seq: k.int('seq').notNull().default(0),
    },
    (t) => [k.index('assessment_rounds_county_idx').on(t.countyId, t.createdAt)],
  );

  /**
   * A point drawn into a round, with where it lay and who answered for it then (so a round's scores
   * do not move when grids or their units change later), and the inspector it was handed to.
   */
  const assessmentSample = k.table(
    'assessment_sample',
    {
      roundId: k.text('round_id').notNull().references(() => assessmentRounds.id, { onDelete: 'cascade' }),
      pointId: k.text('point_id').notNull().references(() => assessmentPoints.id),
      countyId: countyId(),
      position: k.int('position').notNull(),
      kind: k.text('kind').notNull().$type<AssessmentKind>(),
      gridId: k.text('grid_id'),
      communityId: k.text('community_id').notNull(),
      streetOfficeId: k.text('street_office_id').notNull(),
      /** the units a problem at the point is routed to: the grid's, then the zones' departments */
      unitIds: k.json('unit_ids').notNull().$type<string[]>(),
      inspectorId: k.text('inspector_id').references(() => refs.users.id),
      submittedAt: k.ms('submitted_at'),
      submittedBy: k.text('submitted_by'),
    },
    (t) => [k.primaryKey({ columns: [t.roundId, t.pointId] }), k.index('assessment_sample_inspector_idx').on(t.inspectorId)],
  );

  /** An item's result at a point in a round; a failure's problem is linked once and kept. */
  const assessmentResults = k.table(
    'assessment_results',
    {
      roundId: k.text('round_id').notNull().references(() => assessmentRounds.id, { onDelete: 'cascade' }),
      pointId: k.text('point_id').notNull().references(() => assessmentPoints.id),
      countyId: countyId(),
      itemId: k.text('item_id').notNull(),
      result: k.text('result').notNull().$type<AssessmentResult>(),
      note: k.text('note'),
      problemId: k.text('problem_id').references(() => refs.problems.id),
      updatedAt: k.ms('updated_at').notNull(),
      updatedBy: k.text('updated_by'),
    },
    (t) => [k.primaryKey({ columns: [t.roundId, t.pointId, t.itemId] }), k.uniqueIndex('assessment_results_problem').on(t.problemId).where(sql`problem_id is not null`)],
  );

  return { assessmentPoints, assessmentChecklists, assessmentRounds, assessmentSample, assessmentResults };
}
