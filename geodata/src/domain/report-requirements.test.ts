import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_REQUIREMENTS,
  changeReportRequirements,
  checkReport,
  contentLength,
  describeReportIssue,
  missingFields,
  reportWorkDays,
  revisedAfterDue,
  type CheckedReport,
} from './report-requirements.ts';

const WEEK = '2026-11-20';
/** 20 Chinese characters: 60 bytes of UTF-8, 20 characters. */
const TWENTY = '周五下午到网格开展环境卫生整治和创文宣传';
const complete: CheckedReport = Object.freeze({ week: WEEK, workedOn: '2026-11-20', participants: 3, activities: Object.freeze(['环境卫生']), content: TWENTY });

describe('checkReport', () => {
  it('passes a complete report with one photo under the defaults', () => {
    expect(TWENTY.length).toBe(20);
    expect(checkReport(complete, 1, DEFAULT_REPORT_REQUIREMENTS, '2026-11-23')).toEqual([]);
  });

  it('names everything an empty report lacks, in form order', () => {
    const empty: CheckedReport = { week: WEEK, workedOn: null, participants: null, activities: null, content: null };
    const issues = checkReport(empty, 0, DEFAULT_REPORT_REQUIREMENTS);
    expect(issues).toEqual([
      { field: 'workedOn', problem: 'missing' },
      { field: 'participants', problem: 'too_few', need: 1, have: 0 },
      { field: 'activities', problem: 'too_few', need: 1, have: 0 },
      { field: 'content', problem: 'too_few', need: 20, have: 0 },
      { field: 'photos', problem: 'too_few', need: 1, have: 0 },
    ]);
    expect(missingFields(issues)).toEqual(['workedOn', 'participants', 'activities', 'content', 'photos']);
  });

  it('counts characters, not bytes or UTF-16 units, after trimming', () => {
    // 19 Chinese characters and one emoji (a surrogate pair in UTF-16) are 20 characters
    const withEmoji = `  ${TWENTY.slice(0, 19)}👍  `;
    expect(withEmoji.trim().length).toBe(21);
    expect(contentLength(withEmoji)).toBe(20);
    expect(checkReport({ ...complete, content: withEmoji }, 1, DEFAULT_REPORT_REQUIREMENTS)).toEqual([]);
    expect(checkReport({ ...complete, content: TWENTY.slice(0, 19) }, 1, DEFAULT_REPORT_REQUIREMENTS)).toEqual([{ field: 'content', problem: 'too_few', need: 20, have: 19 }]);
  });

  it('takes a date worked from the week’s Friday to the Thursday after, and not after today', () => {
    expect(reportWorkDays(WEEK)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    // across a month and a year end
    expect(reportWorkDays('2026-12-25')).toEqual({ from: '2026-12-25', to: '2026-12-31' });
    expect(reportWorkDays('2027-01-29')).toEqual({ from: '2027-01-29', to: '2027-02-04' });
    const on = (workedOn: string, today?: string) => checkReport({ ...complete, workedOn }, 1, DEFAULT_REPORT_REQUIREMENTS, today);
    expect(on('2026-11-26')).toEqual([]);
    expect(on('2026-11-19')).toEqual([{ field: 'workedOn', problem: 'outside_week', value: '2026-11-19', from: '2026-11-20', to: '2026-11-26' }]);
    expect(on('2026-11-27')).toEqual([{ field: 'workedOn', problem: 'outside_week', value: '2026-11-27', from: '2026-11-20', to: '2026-11-26' }]);
    expect(on('2026-11-24', '2026-11-23')).toEqual([{ field: 'workedOn', problem: 'future', value: '2026-11-24', today: '2026-11-23' }]);
    expect(on('2026-11-23', '2026-11-23')).toEqual([]);
    expect(on('2026-02-30')).toEqual([{ field: 'workedOn', problem: 'invalid', value: '2026-02-30' }]);
    expect(on('next Friday')).toEqual([{ field: 'workedOn', problem: 'invalid', value: 'next Friday' }]);
  });

  it('follows the county’s requirements: none at all accepts an empty report, but never a date outside the week', () => {
    const none = { workedOn: false, minParticipants: 0, minActivities: 0, minContentChars: 0, minPhotos: 0 };
    const empty: CheckedReport = { week: WEEK, workedOn: null, participants: null, activities: null, content: null };
    expect(checkReport(empty, 0, none)).toEqual([]);
    expect(checkReport({ ...empty, workedOn: '2026-11-13' }, 0, none)).toMatchObject([{ field: 'workedOn', problem: 'outside_week' }]);
    const strict = { ...DEFAULT_REPORT_REQUIREMENTS, minParticipants: 5, minActivities: 2, minPhotos: 3 };
    expect(checkReport(complete, 2, strict)).toEqual([
      { field: 'participants', problem: 'too_few', need: 5, have: 3 },
      { field: 'activities', problem: 'too_few', need: 2, have: 1 },
      { field: 'photos', problem: 'too_few', need: 3, have: 2 },
    ]);
  });

  it('describes each issue in English with its field name', () => {
    expect(describeReportIssue({ field: 'workedOn', problem: 'missing' })).toBe('workedOn (the date worked) is missing');
    expect(describeReportIssue({ field: 'photos', problem: 'too_few', need: 1, have: 0 })).toBe('photos: at least 1 photo needed, 0 given');
    expect(describeReportIssue({ field: 'activities', problem: 'too_few', need: 2, have: 1 })).toBe('activities: at least 2 activities needed, 1 given');
    expect(describeReportIssue({ field: 'content', problem: 'too_few', need: 20, have: 6 })).toBe('content: at least 20 characters needed, 6 given');
  });
});

describe('revisedAfterDue', () => {
  it('marks a later version made after Monday 12:00 (Asia/Shanghai), never the first', () => {
    const due = Date.parse('2026-11-23T12:00:00+08:00');
    expect(revisedAfterDue({ week: WEEK, revision: 2, updatedAt: due })).toBe(false);
    expect(revisedAfterDue({ week: WEEK, revision: 2, updatedAt: due + 1 })).toBe(true);
    expect(revisedAfterDue({ week: WEEK, revision: 1, updatedAt: due + 1 })).toBe(false);
  });
});

describe('changeReportRequirements', () => {
  it('applies only the keys sent', () => {
    expect(changeReportRequirements(DEFAULT_REPORT_REQUIREMENTS, { minContentChars: 50, workedOn: false })).toEqual({
      ok: true,
      requirements: { workedOn: false, minParticipants: 1, minActivities: 1, minContentChars: 50, minPhotos: 1 },
    });
  });

  it('refuses unknown keys, wrong types and minimums out of bounds, naming them', () => {
    const refused = (change: Record<string, unknown>) => {
      const r = changeReportRequirements(DEFAULT_REPORT_REQUIREMENTS, change);
      return r.ok ? null : r.message;
    };
    expect(refused({})).toMatch(/^send one or more of workedOn, minParticipants/);
    expect(refused({ minPhoto: 1 })).toBe('"minPhoto" is not a report requirement (known: workedOn, minParticipants, minActivities, minContentChars, minPhotos)');
    expect(refused({ minPhotos: 10 })).toBe('minPhotos must be a whole number from 0 to 9');
    expect(refused({ minActivities: 7 })).toBe('minActivities must be a whole number from 0 to 6');
    expect(refused({ minContentChars: -1 })).toBe('minContentChars must be a whole number from 0 to 5000');
    expect(refused({ minParticipants: 1.5 })).toBe('minParticipants must be a whole number from 0 to 1000');
    expect(refused({ minParticipants: '2' })).toBe('minParticipants must be a whole number from 0 to 1000');
    expect(refused({ workedOn: 'yes' })).toBe('workedOn must be true or false');
  });
});
