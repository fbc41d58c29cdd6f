import { describe, expect, it } from 'vitest';
import { queryString } from './decoded.ts';
import { decodeProblemFilter, encodeProblemFilter, NO_PROBLEM_FILTER, PRINT_PROBLEM_FILTER_KEYS, PROBLEM_FILTER_KEYS, type ProblemFilter } from './problem-filter.ts';

const FULL: ProblemFilter = { statuses: ['reported', 'fixed'], categories: ['环境卫生', '小广告/乱张贴'], from: '2026-11-01', to: '2026-11-20', grid: 'G-1', unit: 'zhifa', owner: 'shichang', overdue: true };

describe('the problem filter codec', () => {
  it('reads back what it writes, under the list names and the print names', () => {
    for (const keys of [PROBLEM_FILTER_KEYS, PRINT_PROBLEM_FILTER_KEYS]) {
      for (const f of [FULL, NO_PROBLEM_FILTER, { ...NO_PROBLEM_FILTER, to: '2026-11-20', overdue: true }]) {
        expect(decodeProblemFilter(encodeProblemFilter(f, keys), keys)).toEqual({ ok: true, value: f });
      }
    }
  });

  it('writes nothing for no filter, and the list names in a fixed order', () => {
    expect(queryString(encodeProblemFilter(NO_PROBLEM_FILTER, PROBLEM_FILTER_KEYS))).toBe('');
    expect(queryString(encodeProblemFilter({ ...FULL, categories: ['其他'] }, PROBLEM_FILTER_KEYS))).toBe(
      'status=reported,fixed&category=%E5%85%B6%E4%BB%96&from=2026-11-01&to=2026-11-20&grid=G-1&unit=zhifa&owner=shichang&overdue=1',
    );
  });

  it('answers lists in their canonical order and takes "true" for yes, from a record too', () => {
    const r = decodeProblemFilter({ status: 'verified,reported', category: '其他,环境卫生', overdue: 'true', grid: '' }, PROBLEM_FILTER_KEYS);
    expect(r).toEqual({ ok: true, value: { ...NO_PROBLEM_FILTER, statuses: ['reported', 'verified'], categories: ['环境卫生', '其他'], overdue: true } });
  });

  it('names the bad field as the query spells it', () => {
    const cases: [Record<string, string>, typeof PROBLEM_FILTER_KEYS, string][] = [
      [{ status: 'open' }, PROBLEM_FILTER_KEYS, 'status has unknown values: open (allowed: reported, assigned, in_progress, fixed, verified)'],
      [{ problemStatus: 'fixed,done' }, PRINT_PROBLEM_FILTER_KEYS, 'problemStatus has unknown values: done (allowed: reported, assigned, in_progress, fixed, verified)'],
      [{ category: '噪音' }, PROBLEM_FILTER_KEYS, 'category has unknown values: 噪音 (allowed: 环境卫生, 门前三包, 小广告/乱张贴, 占道经营, 乱停乱放, 交通秩序, 公益广告缺失/破损, 设施损坏, 农贸市场秩序, 公厕卫生, 工地围挡/扬尘, 其他)'],
      [{ from: 'yesterday' }, PROBLEM_FILTER_KEYS, 'from "yesterday" is not a date (YYYY-MM-DD)'],
      [{ problemFrom: '2026-11-31' }, PRINT_PROBLEM_FILTER_KEYS, 'problemFrom "2026-11-31" is not a date (YYYY-MM-DD)'],
      [{ to: '2026-02-29' }, PROBLEM_FILTER_KEYS, 'to "2026-02-29" is not a date (YYYY-MM-DD)'],
      [{ from: '2026-11-20', to: '2026-11-01' }, PROBLEM_FILTER_KEYS, 'from 2026-11-20 is after to 2026-11-01'],
      [{ problemGrid: '../x' }, PRINT_PROBLEM_FILTER_KEYS, 'problemGrid "../x" is not an id'],
      [{ unit: 'U 1' }, PROBLEM_FILTER_KEYS, 'unit "U 1" is not an id'],
      [{ owner: 'U;1' }, PROBLEM_FILTER_KEYS, 'owner "U;1" is not an id'],
      [{ problemOwner: 'U 1' }, PRINT_PROBLEM_FILTER_KEYS, 'problemOwner "U 1" is not an id'],
    ];
    for (const [query, keys, message] of cases) expect(decodeProblemFilter(query, keys), message).toEqual({ ok: false, code: 'bad_query', message });
  });
});
