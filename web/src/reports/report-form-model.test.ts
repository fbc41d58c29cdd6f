import { describe, expect, it } from 'vitest';
import type { ReportResponse } from '@wangge/geodata';
import { draftFrom, payloadOf, toggleActivity, workDays } from './report-form-model.ts';

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

  it('sends numbers as numbers, leaves empty boxes out and carries the revision of an edit', () => {
    const draft = { ...draftFrom(stored, '2026-11-20'), hours: '', content: '  ' };
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20', revision: 2 })).toEqual({
      ok: true,
      body: { gridId: 'g1', week: '2026-11-20', revision: 2, workedOn: '2026-11-21', participants: 6, activities: ['环境卫生', '创文宣传'], problemsFound: 3, problemsFixed: 1 },
    });
  });

  it('refuses more problems fixed than found', () => {
    const draft = { ...draftFrom(null, '2026-11-20'), problemsFound: '1', problemsFixed: '2' };
    expect(payloadOf(draft, { gridId: 'g1', week: '2026-11-20' })).toEqual({ ok: false, error: 'form.fixedOverFound' });
  });

  it('toggles activities and bounds the work days to Friday through the Monday it is due', () => {
    expect(toggleActivity(['其他'], '问卷调查')).toEqual(['其他', '问卷调查']);
    expect(toggleActivity(['其他', '问卷调查'], '其他')).toEqual(['问卷调查']);
    expect(workDays('2026-11-20')).toEqual({ min: '2026-11-20', max: '2026-11-23' });
  });
});
