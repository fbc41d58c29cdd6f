import { isChinesePhone } from '../domain/phone.ts';
import { decodeRosterPeriod } from './roster.ts';

/** A 片区's leader in post, with the days they held it (from inclusive, to exclusive; null: open). */
export interface AreaLeaderHolder {
  id: string;
  name: string;
  /** the post, as the county names it (副县长, 县委常委) */
  title: string;
  phone: string;
  from: string | null;
  to: string | null;
}

/** A 片区 with its leader on a day and every leader it had, earliest first. */
export interface AreaRoster {
  areaId: string;
  name: string;
  leader: AreaLeaderHolder | null;
  history: AreaLeaderHolder[];
}

/** GET /api/area-leaders?at=: every 片区 of the county with its leader on `at` (default today). */
export interface AreaLeadersResponse {
  at: string;
  areas: AreaRoster[];
}

/** PUT /api/areas/:id/leader: who leads the 片区 from `from` on (up to `to`, exclusive, when given). */
export interface AreaLeaderRequest {
  from: string;
  to?: string | null;
  name: string;
  title: string;
  phone: string;
}

export type AreaLeaderCheck =
  | { ok: true; value: { from: string; to: string | null; name: string; title: string; phone: string } }
  | { ok: false; code: 'bad_field' | 'bad_period' | 'bad_phone'; field: string; message: string };

/** A leader's period and person: real dates ending after they start, a name and post of 1–50 characters, a phone. */
export function checkAreaLeader(body: Record<string, unknown>): AreaLeaderCheck {
  const period = decodeRosterPeriod(body.from, body.to);
  if (!period.ok) return period;
  const text: Record<string, string> = {};
  for (const field of ['name', 'title', 'phone'] as const) {
    const v = body[field];
    if (typeof v !== 'string' || v.trim() === '' || v.trim().length > 50) return { ok: false, code: 'bad_field', field, message: `${field} must be 1-50 characters` };
    text[field] = v.trim();
  }
  if (!isChinesePhone(text.phone)) return { ok: false, code: 'bad_phone', field: 'phone', message: `phone "${text.phone}" is not a phone number (an 11-digit mobile, or a landline with its area code)` };
  return { ok: true, value: { ...period.value, name: text.name, title: text.title, phone: text.phone } };
}
