import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_REQUIREMENTS, MAX_CLOSE_GRACE_HOURS } from '@wangge/geodata';
import { checkGraceHours, draftOf, requirementsChange } from './settings-form.ts';

describe('close grace hours', () => {
  it('takes whole hours from 0 to a week', () => {
    expect(MAX_CLOSE_GRACE_HOURS).toBe(168);
    expect(checkGraceHours('0')).toEqual({ ok: true, value: 0 });
    expect(checkGraceHours(' 72 ')).toEqual({ ok: true, value: 72 });
    expect(checkGraceHours('168')).toEqual({ ok: true, value: 168 });
    for (const bad of ['', '-1', '169', '1.5', 'abc']) expect(checkGraceHours(bad)).toEqual({ ok: false, min: 0, max: 168 });
  });
});

describe('report requirements change', () => {
  it('sends only what differs from what is stored', () => {
    const draft = draftOf(DEFAULT_REPORT_REQUIREMENTS);
    expect(requirementsChange(DEFAULT_REPORT_REQUIREMENTS, draft)).toEqual({ change: {}, invalid: {} });
    draft.workedOn = false;
    draft.counts.minContentChars = '50';
    draft.counts.minPhotos = '1';
    expect(requirementsChange(DEFAULT_REPORT_REQUIREMENTS, draft)).toEqual({ change: { workedOn: false, minContentChars: 50 }, invalid: {} });
  });

  it('names each count typed out of its bounds: activities up to the six on the list, photos up to nine', () => {
    const draft = draftOf(DEFAULT_REPORT_REQUIREMENTS);
    draft.counts.minActivities = '7';
    draft.counts.minPhotos = '-1';
    draft.counts.minParticipants = '2';
    const { invalid } = requirementsChange(DEFAULT_REPORT_REQUIREMENTS, draft);
    expect(invalid).toEqual({ minActivities: { ok: false, min: 0, max: 6 }, minPhotos: { ok: false, min: 0, max: 9 } });
  });
});
