import { ASSIGN_ACTIONS, isChinesePhone, type MoveProblemRequest, type ProblemStatus } from '@wangge/geodata';
import type { MessageKey } from '../i18n/zh.ts';
import type { T } from '../i18n/lang.ts';

/** What the step form holds: a note and photos, and for 交办 / 改派 the owner fields. */
export interface StepForm {
  note: string;
  photoCount: number;
  owner: OwnerForm | null;
}

export interface OwnerForm {
  ownerUnitId: string;
  personName: string;
  personPhone: string;
  /** a datetime-local value (YYYY-MM-DDTHH:mm), read as Asia/Shanghai time like every time in the app; '' for none */
  due: string;
  coUnitIds: readonly string[];
}

export const NO_OWNER: OwnerForm = Object.freeze({ ownerUnitId: '', personName: '', personPhone: '', due: '', coUnitIds: [] });

export type Refusal = { key: MessageKey; params?: Record<string, string> };

/**
 * The PATCH body of a step (`action` null: a note) from the form, or what the user must fix
 * first, said before anything is sent. The server checks again: a deadline in the past, for one,
 * is its to refuse (the server's clock decides what is past).
 */
export function stepRequest(action: string | null, to: ProblemStatus | null, from: ProblemStatus, form: StepForm): { ok: true; body: MoveProblemRequest } | { ok: false; refusal: Refusal } {
  const note = form.note.trim();
  const body: MoveProblemRequest = { from, ...(to ? { status: to } : {}), ...(note ? { note } : {}) };
  if (action === 'return' && !note) return { ok: false, refusal: { key: 'problemStep.needReason' } };
  if (action === null && !note && form.photoCount === 0) return { ok: false, refusal: { key: 'problemStep.needNote' } };
  if (action !== null && ASSIGN_ACTIONS.includes(action)) {
    const o = form.owner ?? NO_OWNER;
    if (!o.ownerUnitId) return { ok: false, refusal: { key: 'assign.needOwner' } };
    const name = o.personName.trim();
    const phone = o.personPhone.trim();
    if (phone && !name) return { ok: false, refusal: { key: 'assign.needName' } };
    if (phone && !isChinesePhone(phone)) return { ok: false, refusal: { key: 'assign.badPhone', params: { phone } } };
    body.ownerUnitId = o.ownerUnitId;
    if (name) body.ownerPerson = phone ? { name, phone } : { name };
    if (o.due) body.dueAt = `${o.due.length === 16 ? `${o.due}:00` : o.due}+08:00`;
    const co = o.coUnitIds.filter((id) => id !== o.ownerUnitId);
    if (co.length) body.coUnitIds = co;
  }
  return { ok: true, body };
}

const KNOWN = ['owner_required', 'note_required', 'after_photo_required', 'unknown_unit', 'forbidden', 'conflict'] as const;

/** A refused step in the user's language: the server's code when this client knows it, else its message. */
export function stepErrorText(t: T, error: { code: string; message: string }): string {
  return (KNOWN as readonly string[]).includes(error.code) ? t(`stepError.${error.code as (typeof KNOWN)[number]}`) : t('problemStep.failed', { message: error.message });
}
