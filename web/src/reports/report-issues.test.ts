import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_REQUIREMENTS } from '@wangge/geodata';
import { en } from '../i18n/en.ts';
import { translate } from '../i18n/lang.ts';
import { zh } from '../i18n/zh.ts';
import { issueMessage, refusalOf } from './report-issues.ts';

describe('report refusals in the user’s words', () => {
  it('lists every missing field of a report_incomplete refusal, in Chinese and English', () => {
    const issues = [
      { field: 'workedOn', problem: 'outside_week', value: '2026-11-19', from: '2026-11-20', to: '2026-11-26' },
      { field: 'content', problem: 'too_few', need: 20, have: 6 },
      { field: 'photos', problem: 'too_few', need: 1, have: 0 },
    ] as const;
    const refusal = refusalOf({ status: 422, code: 'report_incomplete', message: 'the report is incomplete: …', details: { missing: ['workedOn', 'content', 'photos'], issues, requirements: DEFAULT_REPORT_REQUIREMENTS } });
    expect(refusal.kind).toBe('incomplete');
    const said = (messages: typeof zh | typeof en) => (refusal.kind === 'incomplete' ? refusal.issues.map(issueMessage).map((m) => translate(messages, m.key, m.params)) : []);
    expect(said(zh)).toEqual(['工作日期 2026-11-19 不在本周（2026-11-20 至 2026-11-26）', '情况说明至少 20 字（现为 6 字）', '至少需要 1 张现场照片（现有 0 张）']);
    expect(said(en)).toEqual(['The date worked, 2026-11-19, is outside the week (2026-11-20 to 2026-11-26)', 'Notes: at least 20 characters needed (6 written)', 'Photos: at least 1 needed (0 added)']);
  });

  it('names the other report of a reused photo, and treats revision clashes as conflicts', () => {
    const reused = refusalOf({ status: 422, code: 'photo_reused', message: '…', details: { photo: 'a.jpg', report: { id: 3, week: '2026-11-13', gridId: 'G2', gridCode: '520521001001002', gridName: '第2网格', unitId: 'U2' } } });
    expect(reused).toEqual({ kind: 'message', message: { key: 'refusal.photoReused', params: { photo: 'a.jpg', week: '2026-11-13', grid: '第2网格（520521001001002）' } } });
    expect(refusalOf({ status: 409, code: 'report_exists', message: '…' })).toEqual({ kind: 'conflict', message: { key: 'form.conflictExists' } });
    expect(refusalOf({ status: 409, code: 'stale_revision', message: '…' })).toEqual({ kind: 'conflict', message: { key: 'form.conflictUnknown' } });
    expect(refusalOf({ status: 400, code: 'not_open', message: 'reports for week … open on Friday' })).toEqual({ kind: 'message', message: { key: 'form.failed', params: { message: 'reports for week … open on Friday' } } });
  });
});
