import { MAX_CLOSE_GRACE_HOURS, REPORT_REQUIREMENT_LIMITS, type ReportRequirements } from '@wangge/geodata';

export type CountRequirement = keyof typeof REPORT_REQUIREMENT_LIMITS;
export const COUNT_REQUIREMENTS = Object.keys(REPORT_REQUIREMENT_LIMITS) as CountRequirement[];

/** What a typed number is: a whole number within bounds, or why not (worded by the view). */
export type Checked = { ok: true; value: number } | { ok: false; min: number; max: number };

export function wholeNumber(text: string, min: number, max: number): Checked {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? { ok: true, value: n } : { ok: false, min, max };
}

export const checkGraceHours = (text: string): Checked => wholeNumber(text, 0, MAX_CLOSE_GRACE_HOURS);

/** The drafts of the requirements form: the checkbox as is, the counts as typed. */
export interface RequirementsDraft {
  workedOn: boolean;
  counts: Record<CountRequirement, string>;
}

export function draftOf(r: ReportRequirements): RequirementsDraft {
  return { workedOn: r.workedOn, counts: Object.fromEntries(COUNT_REQUIREMENTS.map((k) => [k, String(r[k])])) as Record<CountRequirement, string> };
}

/**
 * The change to send: only what differs from what is stored, or the fields typed out of bounds
 * (nothing is sent then).
 */
export function requirementsChange(saved: ReportRequirements, draft: RequirementsDraft): { change: Partial<ReportRequirements>; invalid: Partial<Record<CountRequirement, Checked & { ok: false }>> } {
  const change: Partial<ReportRequirements> = {};
  const invalid: Partial<Record<CountRequirement, Checked & { ok: false }>> = {};
  if (draft.workedOn !== saved.workedOn) change.workedOn = draft.workedOn;
  for (const k of COUNT_REQUIREMENTS) {
    const c = wholeNumber(draft.counts[k], 0, REPORT_REQUIREMENT_LIMITS[k]);
    if (!c.ok) invalid[k] = c;
    else if (c.value !== saved[k]) change[k] = c.value;
  }
  return { change, invalid };
}
