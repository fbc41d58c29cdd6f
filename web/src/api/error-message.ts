import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordProblem } from '@wangge/geodata';
import { formatArea } from '../coverage/format.ts';
import { LOCALES, MESSAGES, translate, useLang, type Lang, type Params } from '../i18n/lang.ts';
import type { ErrorMessageKey } from '../i18n/errors.zh.ts';
import { ApiRequestError } from './client.ts';

/** The codes the UI words itself; the figures it needs come from the error's details or headers. */
const WORDED: Readonly<Record<string, (e: ApiRequestError, locale: string) => { key: ErrorMessageKey; params?: Params } | null>> = {
  unauthenticated: () => ({ key: 'error.unauthenticated' }),
  bad_credentials: () => ({ key: 'error.bad_credentials' }),
  forbidden: () => ({ key: 'error.forbidden' }),
  county_required: () => ({ key: 'error.county_required' }),
  unknown_county: () => ({ key: 'error.unknown_county' }),
  other_county: () => ({ key: 'error.other_county' }),
  city_wide_only: () => ({ key: 'error.city_wide_only' }),
  not_your_grid: () => ({ key: 'error.not_your_grid' }),
  too_many_attempts: (e) => (e.retryAfter ? { key: 'error.too_many_attempts', params: { seconds: e.retryAfter } } : { key: 'error.too_many_attempts.later' }),
  too_large: () => ({ key: 'error.too_large' }),
  not_an_image: () => ({ key: 'error.not_an_image' }),
  no_photo_store: () => ({ key: 'error.no_photo_store' }),
  outside_county: () => ({ key: 'error.outside_county' }),
  point_sampled: () => ({ key: 'error.point_sampled' }),
  busy: () => ({ key: 'error.busy' }),
  unavailable: () => ({ key: 'error.unavailable' }),
  render_failed: () => ({ key: 'error.render_failed' }),
  internal: () => ({ key: 'error.internal' }),
  coverage_worse: (e, locale) => coverageWorse(e.details, locale),
  units_dropped: (e) => unitsDropped(e.details),
  bad_geometry: (e) => withGrid(e, 'error.bad_geometry'),
  too_dense: (e) => withGrid(e, 'error.too_dense'),
  too_many_vertices: (e) => {
    if (typeof e.details?.grid === 'string') return withGrid(e, 'error.too_many_vertices');
    if (e.details?.body === true && typeof e.details.max === 'number') return { key: 'error.too_many_vertices.body', params: { max: e.details.max } };
    return typeof e.details?.grids === 'number' ? { key: 'error.too_many_vertices.save', params: figures(e.details) } : null;
  },
  bad_url: () => ({ key: 'error.bad_url' }),
  unknown_unit: () => ({ key: 'error.unknown_unit' }),
  client_id_reused: () => ({ key: 'error.client_id_reused' }),
  cross_origin: () => ({ key: 'error.cross_origin' }),
  unsupported_media_type: () => ({ key: 'error.unsupported_media_type' }),
  export_pending: () => ({ key: 'error.export_pending' }),
  too_many_requests: () => ({ key: 'error.too_many_requests' }),
  photo_quota: (e) => (typeof e.details?.quota === 'number' && typeof e.details.left === 'number' ? { key: 'error.photo_quota', params: figures(e.details) } : { key: 'error.photo_quota.later' }),
  bad_path: () => ({ key: 'error.bad_path' }),
  cancelled: () => ({ key: 'error.cancelled' }),
  not_outstanding: (e) => (Array.isArray(e.details?.units) ? { key: 'error.not_outstanding', params: { units: (e.details.units as unknown[]).join('、') } } : null),
  week_closed: () => ({ key: 'error.week_closed' }),
  week_not_started: () => ({ key: 'error.week_not_started' }),
  week_exempt: () => ({ key: 'error.week_exempt' }),
  weak_password: (e) => (isPasswordProblem(e.details?.problem) ? passwordProblemMessage(e.details.problem) : { key: 'error.weak_password' }),
  username_taken: (e) => (typeof e.details?.username === 'string' ? { key: 'error.username_taken', params: { username: e.details.username } } : null),
  own_account: () => ({ key: 'error.own_account' }),
  wrong_password: () => ({ key: 'error.wrong_password' }),
  same_password: () => ({ key: 'error.same_password' }),
  password_change_required: () => ({ key: 'error.password_change_required' }),
  bad_period: () => ({ key: 'error.bad_period' }),
  overlapping_period: (e, locale) => overlapping(e.details, locale),
  bad_phone: () => ({ key: 'error.bad_phone' }),
  unit_name_taken: (e) => (typeof e.details?.name === 'string' ? { key: 'error.unit_name_taken', params: { name: e.details.name } } : null),
  merge_into_self: () => ({ key: 'error.merge_into_self' }),
  unit_retired: (e) => (typeof e.details?.unit === 'string' ? { key: 'error.unit_retired', params: { unit: e.details.unit } } : null),
  unknown_grid: () => ({ key: 'error.unknown_grid' }),
  bad_file: (e) => ({ key: e.details?.reason === 'xls' ? 'error.bad_file.xls' : 'error.bad_file' }),
  bad_header: (e) => (typeof e.details?.missing === 'string' ? { key: 'error.bad_header', params: { columns: e.details.missing } } : null),
  stale_preview: () => ({ key: 'error.stale_preview' }),
  import_has_errors: () => ({ key: 'error.import_has_errors' }),
  grid_unheld: (e) => (Array.isArray(e.details?.grids) ? { key: 'error.grid_unheld', params: { grids: (e.details.grids as unknown[]).join('、') } } : null),
  duplicate_person: (e) => (typeof e.details?.name === 'string' && typeof e.details.phone === 'string' ? { key: 'error.duplicate_person', params: figures(e.details) } : null),
  bad_kind: () => ({ key: 'error.bad_kind' }),
  point_too_large: () => ({ key: 'error.point_too_large' }),
  import_invalid: (e) => importRows(e.details),
  import_empty: () => ({ key: 'error.import_empty' }),
  import_too_large: () => ({ key: 'error.import_too_large' }),
  bad_import: () => ({ key: 'error.bad_import' }),
  unknown_item: (e) => listed(e.details, 'items', 'error.unknown_item'),
  duplicate_item: () => ({ key: 'error.duplicate_item' }),
  missing_items: (e) => listed(e.details, 'items', 'error.missing_items'),
  photo_required: (e) => listed(e.details, 'items', 'error.photo_required'),
  no_checklist: (e) => listed(e.details, 'kinds', 'error.no_checklist'),
  no_points: () => ({ key: 'error.no_points' }),
  unknown_inspector: (e) => listed(e.details, 'inspectors', 'error.unknown_inspector'),
  not_in_sample: () => ({ key: 'error.not_in_sample' }),
  not_your_point: () => ({ key: 'error.not_your_point' }),
};

/** A sentence naming a list the details carry (items, kinds, accounts); null when it is not there. */
function listed(details: ApiRequestError['details'], name: string, key: ErrorMessageKey): { key: ErrorMessageKey; params: Params } | null {
  const list = details?.[name];
  return Array.isArray(list) && list.length ? { key, params: { [name]: list.map(String).join('、') } } : null;
}

/** An import's refused rows: how many, and the first ten row numbers. */
function importRows(details: ApiRequestError['details']): { key: ErrorMessageKey; params: Params } | null {
  const rows = details?.rows;
  if (!Array.isArray(rows) || !rows.every((r) => typeof r?.row === 'number')) return null;
  const numbers = (rows as { row: number }[]).map((r) => r.row);
  return { key: 'error.import_invalid', params: { count: numbers.length, rows: numbers.slice(0, 10).join(', ') + (numbers.length > 10 ? ' …' : '') } };
}

/** An overlap names the other term; an open start or end is worded as such. */
function overlapping(details: ApiRequestError['details'], locale: string): { key: ErrorMessageKey; params?: Params } | null {
  if (typeof details?.name !== 'string') return null;
  const lang = (Object.keys(LOCALES) as Lang[]).find((l) => LOCALES[l] === locale) ?? 'zh';
  const day = (v: unknown, open: ErrorMessageKey) => (typeof v === 'string' ? v : translate(MESSAGES[lang], open));
  return { key: 'error.overlapping_period', params: { name: details.name, from: day(details.from, 'error.period.start'), to: day(details.to, 'error.period.now') } };
}

const PASSWORD_PROBLEMS: readonly PasswordProblem[] = ['too_short', 'too_long', 'like_username', 'common'];

function isPasswordProblem(value: unknown): value is PasswordProblem {
  return PASSWORD_PROBLEMS.includes(value as PasswordProblem);
}

/** The sentence for a broken password rule: the same whether the browser found it first or the server did. */
export function passwordProblemMessage(problem: PasswordProblem): { key: ErrorMessageKey; params?: Params } {
  return { key: `error.weak_password.${problem}`, params: { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH } };
}

/** A grid-geometry refusal worded from its details, or the server's message when they are missing. */
function withGrid(e: ApiRequestError, key: ErrorMessageKey): { key: ErrorMessageKey; params?: Params } | null {
  return typeof e.details?.grid === 'string' ? { key, params: figures(e.details) } : null;
}

/** The string and number members of an error's details, as message parameters. */
function figures(details: Record<string, unknown>): Params {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Params;
}

/** How many units the retired grids would drop, and from which grids (by code); null when the details are not as sent. */
function unitsDropped(details: ApiRequestError['details']): { key: ErrorMessageKey; params?: Params } | null {
  const list = details?.dropped;
  if (!Array.isArray(list) || !list.every((d) => d && typeof d.code === 'string' && Array.isArray(d.unitIds))) return null;
  const dropped = list as { code: string; unitIds: unknown[] }[];
  return { key: 'error.units_dropped', params: { count: dropped.reduce((n, d) => n + d.unitIds.length, 0), grids: dropped.map((d) => d.code).join(', ') } };
}

const COVERAGE_FIGURES = ['gapCount', 'gapAreaM2', 'overlapCount', 'overlapAreaM2', 'outsideCount', 'outsideAreaM2', 'beforeAreaM2'] as const;

/** The areas a refused save would leave, when the server sent them all as numbers; else the general sentence. */
function coverageWorse(details: ApiRequestError['details'], locale: string): { key: ErrorMessageKey; params?: Params } {
  const n = Object.fromEntries(COVERAGE_FIGURES.map((k) => [k, details?.[k]])) as Record<(typeof COVERAGE_FIGURES)[number], unknown>;
  if (!COVERAGE_FIGURES.every((k) => typeof n[k] === 'number' && Number.isFinite(n[k]))) return { key: 'error.coverage_worse' };
  const f = n as Record<(typeof COVERAGE_FIGURES)[number], number>;
  return {
    key: 'error.coverage_worse.details',
    params: {
      gapCount: f.gapCount,
      gapArea: formatArea(f.gapAreaM2, locale),
      overlapCount: f.overlapCount,
      overlapArea: formatArea(f.overlapAreaM2, locale),
      outsideCount: f.outsideCount,
      outsideArea: formatArea(f.outsideAreaM2, locale),
      beforeArea: formatArea(f.beforeAreaM2, locale),
    },
  };
}

/**
 * What the UI says about a failure, in the user's language: the code's own sentence when the UI has
 * one (i18n/errors.*.ts), a network failure as such, and otherwise the server's message as it came.
 * Every view shows errors through this, so a new code is worded here once.
 */
export function errorMessage(err: unknown, lang: Lang = useLang.getState().lang): string {
  const messages = MESSAGES[lang];
  if (err instanceof ApiRequestError) {
    const worded = WORDED[err.code]?.(err, LOCALES[lang]);
    return worded ? translate(messages, worded.key, worded.params) : err.message;
  }
  // fetch rejects with a TypeError when the request never got an answer (offline, server down)
  if (err instanceof TypeError && /fetch|network/i.test(err.message)) return translate(messages, 'error.network');
  return err instanceof Error ? err.message : String(err);
}
