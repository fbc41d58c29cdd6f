import type { ReportRequirements, ScoreWeights } from '@wangge/geodata';
import type { Kit } from './kit.ts';

/** The columns of a bounding box, as tables.ts spreads them. */
type BboxColumns = Record<'minLon' | 'minLat' | 'maxLon' | 'maxLat', ReturnType<Kit['real']>>;

/** The counties of a deployment and what each sets for itself; tables.ts adds them to the domain model. */
export function defineCountyTables(k: Kit, bbox: BboxColumns) {
  /**
   * A county (县级行政区) of the deployment: one or more share a database. Every grid, community,
   * unit, 片区, zone, report, problem and street office names its county; a user names one or
   * none (city-wide). `county_id` is nullable in the columns only because SQLite cannot add a
   * NOT NULL column to a table with rows: every write sets it.
   */
  const counties = k.table('counties', {
    id: k.text('id').primaryKey(),
    /** 6 digits, GB/T 2260 */
    code: k.text('code').notNull().unique(),
    name: k.text('name').notNull(),
    /** generated for demos and benchmarks: no name, number or boundary in it is real */
    synthetic: k.bool('synthetic').notNull().default(false),
    createdAt: k.ms('created_at').notNull(),
    ...bbox,
  });

  /** What each county sets for itself (null: the default). */
  const countySettings = k.table('county_settings', {
    countyId: k.text('county_id').primaryKey().references(() => counties.id, { onDelete: 'cascade' }),
    /** the county's first week: nothing was due before it */
    firstWeek: k.text('first_week'),
    closeGraceHours: k.int('close_grace_hours'),
    reportRequirements: k.json('report_requirements').$type<ReportRequirements>(),
    /** hours to fix per problem category */
    problemDeadlines: k.json('problem_deadlines').$type<Record<string, number>>(),
    /** the 考核 weights, percent per indicator */
    scoreWeights: k.json('score_weights').$type<ScoreWeights>(),
  });

  return { counties, countySettings };
}
