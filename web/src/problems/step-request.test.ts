import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type T } from '../i18n/lang.ts';
import { NO_OWNER, stepErrorText, stepRequest, type StepForm } from './step-request.ts';

const form = (patch: Partial<StepForm> = {}): StepForm => ({ note: '', photoCount: 0, owner: null, ...patch });
const owner = { ...NO_OWNER, ownerUnitId: 'zhifa' };

describe('stepRequest', () => {
  it('sends 交办 with the owner, person, deadline (Shanghai time) and co-operating units', () => {
    const r = stepRequest('assign', 'assigned', 'reported', form({ note: ' 请尽快 ', owner: { ownerUnitId: 'zhifa', personName: ' 王队长 ', personPhone: '138 0000 0001', due: '2026-11-27T18:00', coUnitIds: ['shichang', 'zhifa'] } }));
    expect(r).toEqual({
      ok: true,
      body: { from: 'reported', status: 'assigned', note: '请尽快', ownerUnitId: 'zhifa', ownerPerson: { name: '王队长', phone: '138 0000 0001' }, dueAt: '2026-11-27T18:00:00+08:00', coUnitIds: ['shichang'] },
    });
    expect(stepRequest('reassign', 'assigned', 'in_progress', form({ owner }))).toEqual({ ok: true, body: { from: 'in_progress', status: 'assigned', ownerUnitId: 'zhifa' } });
  });

  it('says what 交办 lacks before sending: the owner, a name to a phone, a phone that can be dialled', () => {
    expect(stepRequest('assign', 'assigned', 'reported', form({ owner: NO_OWNER }))).toEqual({ ok: false, refusal: { key: 'assign.needOwner' } });
    expect(stepRequest('assign', 'assigned', 'reported', form({ owner: { ...owner, personPhone: '13800000001' } }))).toEqual({ ok: false, refusal: { key: 'assign.needName' } });
    expect(stepRequest('assign', 'assigned', 'reported', form({ owner: { ...owner, personName: '王', personPhone: '4221234' } }))).toEqual({ ok: false, refusal: { key: 'assign.badPhone', params: { phone: '4221234' } } });
  });

  it('needs a reason to send back, and words or a photo for a note; other steps need neither', () => {
    expect(stepRequest('return', 'in_progress', 'fixed', form({ note: '  ' }))).toEqual({ ok: false, refusal: { key: 'problemStep.needReason' } });
    expect(stepRequest('return', 'in_progress', 'fixed', form({ note: '仍有残留' }))).toEqual({ ok: true, body: { from: 'fixed', status: 'in_progress', note: '仍有残留' } });
    expect(stepRequest(null, null, 'assigned', form())).toEqual({ ok: false, refusal: { key: 'problemStep.needNote' } });
    expect(stepRequest(null, null, 'assigned', form({ photoCount: 1 }))).toEqual({ ok: true, body: { from: 'assigned' } });
    expect(stepRequest('verify', 'verified', 'fixed', form())).toEqual({ ok: true, body: { from: 'fixed', status: 'verified' } });
  });
});

describe('stepErrorText', () => {
  const zh: T = (key, params) => translate(MESSAGES.zh, key, params);
  const en: T = (key, params) => translate(MESSAGES.en, key, params);

  it('says a refusal the client knows in the user’s language, not the server’s English', () => {
    const err = { code: 'after_photo_required', message: 'the 已整改 (fix) step of problem P1 has no after-photo' };
    expect(stepErrorText(zh, err)).toBe('复核前，整改完成一步须有整改后照片。请由牵头单位补传照片，或退回重改。');
    expect(stepErrorText(en, err)).toMatch(/^It can be verified only once/);
    expect(stepErrorText(zh, { code: 'note_required', message: 'note is required' })).toBe('退回须填写原因。');
  });

  it('falls back to the server’s message for a code it does not know', () => {
    expect(stepErrorText(zh, { code: 'too_large', message: 'the photo is 6.0 MB' })).toBe('操作失败：the photo is 6.0 MB');
  });
});
