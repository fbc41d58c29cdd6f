import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_REQUIREMENTS, type ReportResponse } from '@wangge/geodata';
import { draftFrom, draftIssues, payloadOf, toggleActivity, workDays } from './report-form-model.ts';

const stored: ReportResponse = Object.freeze({
  id: 7,
  unitId: 'zhifa',
  gridId: 'g1',
  week: '2026-11-20',
  submittedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  revision: 2,
  workedOn: '2026-11-21',
  participants: 6,
  hours: 2.5,
  activities: ['创文宣传', '环境卫生', 'retired activity'],
  problemsFound: 3,
  problemsFixed: 1,
  content: '清理卫生死角',
  submittedBy: 'u1',
  status: 'on_time',
  revisedAfterDue: false,
  requirements: DEFAULT_REPORT_REQUIREMENTS,
  photos: [],
});

describe('report form model', () => {
  it('a new report is dated the week’s Friday and empty', () => {
    expect(draftFrom(null, '2026-11-20')).toEqual({ workedOn: '2026-11-20', participants: '', hours: '', activities: [], problemsFound: '', problemsFixed: '', content: '' });
  });

  it('an existing report fills the form, dropping activities the API no longer knows', () => {
    expect(draftFrom(stored, '2026-11-20')).toEqual({
      workedOn: '2026-11-21',
      participants: '6',
      hours: '2.5',
      activities: ['创文宣传', '环境卫生'],
      problemsFound: '3',
      problemsFixed: '1',
      content: '清理卫生死角',
    });
  });

  it('sends numbers as numbers, leaves empty boxes out and carries the revision of an edit and the photos it drops', () => {
    const draft = { ...draftFrom(stored, '2026-11-20'), hours: '', content: '  ' };
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20', revision: 2, removePhotos: ['p1'] })).toEqual({
      ok: true,
      body: { gridId: 'g1', week: '2026-11-20', revision: 2, removePhotos: ['p1'], workedOn: '2026-11-21', participants: 6, activities: ['环境卫生', '创文宣传'], problemsFound: 3, problemsFixed: 1 },
    });
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20', removePhotos: [] })).toMatchObject({ ok: true, body: { gridId: 'g1' } });
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20', removePhotos: [] })).not.toHaveProperty('body.removePhotos');
  });

  it('refuses more problems fixed than found', () => {
    const draft = { ...draftFrom(null, '2026-11-20'), problemsFound: '1', problemsFixed: '2' };
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20' })).toEqual({ ok: false, error: 'form.fixedOverFound' });
  });

  it('finds what a draft lacks by the server’s rule, the photos counted apart', () => {
    const fresh = draftFrom(null, '2026-11-20');
    expect(draftIssues(fresh, '2026-11-20', 0, DEFAULT_REPORT_REQUIREMENTS, '2026-11-23').map((i) => i.field)).toEqual(['participants', 'activities', 'content', 'photos']);
    const filled = { ...fresh, participants: '3', activities: ['环境卫生' as const], content: ' 周五下午到网格开展环境卫生整治和创文宣传 ' };
    expect(draftIssues(filled, '2026-11-20', 1, DEFAULT_REPORT_REQUIREMENTS, '2026-11-23')).toEqual([]);
    expect(draftIssues({ ...filled, workedOn: '2026-11-24' }, '2026-11-20', 1, DEFAULT_REPORT_REQUIREMENTS, '2026-11-23')).toEqual([{ field: 'workedOn', problem: 'future', value: '2026-11-24', today: '2026-11-23' }]);
    expect(draftIssues({ ...filled, workedOn: '' }, '2026-11-20', 1, DEFAULT_REPORT_REQUIREMENTS, '2026-11-23')).toEqual([{ field: 'workedOn', problem: 'missing' }]);
  });

  it('toggles activities and bounds the work days to Friday through the Thursday after, never past today', () => {
    expect(toggleActivity(['其他'], '问卷调查')).toEqual(['其他', '问卷调查']);
    expect(toggleActivity(['其他', '问卷调查'], '其他')).toEqual(['问卷调查']);
    expect(workDays('2026-11-20', '2026-11-23')).toEqual({ min: '2026-11-20', max: '2026-11-23' });
    expect(workDays('2026-11-20', '2026-12-01')).toEqual({ min: '2026-11-20', max: '2026-11-26' });
  });
});
