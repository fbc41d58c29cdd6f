import { isChinesePhone } from '../domain/phone.ts';
import { isEffective, type Effective } from '../domain/validity.ts';

/** A grid a unit holds (lead or member), with the weeks it holds it (from inclusive, to exclusive; null: open). */
export interface UnitHolding {
  gridId: string;
  code: string;
  name: string;
  lead: boolean;
  from: string | null;
  to: string | null;
}

/** A unit as its admin sees it: contact, the grids it holds now or from next week, and whether it was merged away. */
export interface UnitAdminInfo {
  id: string;
  name: string;
  contactName: string;
  contactPhone: string;
  countyId: string | null;
  /** ISO instant it was merged into another; null while it is in service */
  retiredAt: string | null;
  mergedInto: { id: string; name: string } | null;
  grids: UnitHolding[];
  /** the reporter accounts bound to it */
  reporters: number;
}

/** GET /api/units/manage?q=: the county's units by name, retired ones last. */
export type UnitsAdminResponse = UnitAdminInfo[];

/** POST /api/units and PATCH /api/units/:id (every field optional there). */
export interface UnitInput {
  name: string;
  contactName: string;
  contactPhone: string;
}

/** POST /api/units/:id/merge: the unit's grids, this week's and later reports, open problems, zones, reporters and robots go to `into`. */
export interface UnitMergeRequest {
  into: string;
  /** the first week the grids are `into`'s: this week by default (a merged unit stops answering at once) */
  effective?: Effective;
}

/** What a merge moved. */
export interface UnitMergeMoved {
  grids: number;
  reports: number;
  problems: number;
  zones: number;
  accounts: number;
  webhooks: number;
}

export interface UnitMergeResponse {
  unit: UnitAdminInfo;
  into: UnitAdminInfo;
  moved: UnitMergeMoved;
}

/** PUT /api/units/:id/grids: the grids the unit holds from the effective week (next week by default), each lead or member. */
export interface UnitGridsRequest {
  grids: { gridId: string; lead: boolean }[];
  effective?: Effective;
}

export const UNIT_FIELDS = ['name', 'contactName', 'contactPhone'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

const MAX_NAME = 50;

export type UnitCheck<T> = { ok: true; value: T } | { ok: false; code: 'bad_field' | 'bad_phone'; field: string; message: string };

/**
 * A unit's fields as a form or the API sends them, trimmed: a name and a contact person of 1–50
 * characters and a phone someone can be called on. `partial`: only the fields present are checked
 * (PATCH); an unknown field is refused, named.
 */
export function checkUnitInput(body: Record<string, unknown>, partial: boolean): UnitCheck<Partial<UnitInput>> {
  const unknown = Object.keys(body).find((k) => !(UNIT_FIELDS as readonly string[]).includes(k));
  if (unknown) return { ok: false, code: 'bad_field', field: unknown, message: `unknown field "${unknown}": a unit has ${UNIT_FIELDS.join(', ')}` };
  const out: Partial<UnitInput> = {};
  for (const field of UNIT_FIELDS) {
    const v = body[field];
    if (v === undefined && partial) continue;
    if (typeof v !== 'string' || v.trim() === '') return { ok: false, code: 'bad_field', field, message: `${field} is required` };
    const s = v.trim();
    if (s.length > MAX_NAME) return { ok: false, code: 'bad_field', field, message: `${field} is longer than ${MAX_NAME} characters` };
    if (field === 'contactPhone' && !isChinesePhone(s)) {
      return { ok: false, code: 'bad_phone', field, message: `contactPhone "${s}" is not a phone number (an 11-digit mobile, or a landline with its area code)` };
    }
    out[field] = s;
  }
  return { ok: true, value: out };
}

/** The grids a unit holds, as PUT /api/units/:id/grids sends them: each grid once; `lead` makes the unit the grid's lead (牵头), in place of its lead until then. */
export function checkUnitGrids(body: Record<string, unknown>): UnitCheck<UnitGridsRequest> {
  const bad = (field: string, message: string): UnitCheck<UnitGridsRequest> => ({ ok: false, code: 'bad_field', field, message });
  if (!Array.isArray(body.grids)) return bad('grids', 'grids must be a list of { gridId, lead }');
  const grids: UnitGridsRequest['grids'] = [];
  for (const [i, g] of (body.grids as unknown[]).entries()) {
    const item = g as { gridId?: unknown; lead?: unknown } | null;
    if (!item || typeof item !== 'object' || typeof item.gridId !== 'string' || item.gridId === '') return bad(`grids[${i}].gridId`, `grids[${i}] must be { gridId, lead }`);
    if (item.lead !== undefined && typeof item.lead !== 'boolean') return bad(`grids[${i}].lead`, `grids[${i}].lead must be true or false`);
    if (grids.some((x) => x.gridId === item.gridId)) return bad(`grids[${i}].gridId`, `grid "${item.gridId}" is named twice`);
    grids.push({ gridId: item.gridId, lead: item.lead === true });
  }
  if (body.effective !== undefined && !isEffective(body.effective)) return bad('effective', 'effective must be next_week or this_week');
  return { ok: true, value: { grids, ...(body.effective !== undefined && { effective: body.effective as Effective }) } };
}
