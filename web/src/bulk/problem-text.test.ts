import { describe, expect, it } from 'vitest';
import type { PreviewRow } from '@wangge/geodata';
import { MESSAGES, translate } from '../i18n/lang.ts';
import { problemText, removalText, wasText } from './problem-text.ts';

const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(MESSAGES.zh, key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(MESSAGES.en, key, params);

describe('bulk import wording', () => {
  it('words a bad phone with its column and value, in either language', () => {
    const p = { code: 'bad_phone', field: 'phone', message: 'x', details: { value: '1391234' } };
    expect(problemText(zh, 'rosters', p)).toBe('电话“1391234”不是电话号码（11 位手机号，或带区号的座机）');
    expect(problemText(en, 'rosters', p)).toBe('Phone “1391234” is not a phone number (an 11-digit mobile, or a landline with its area code)');
  });

  it('says which line a period overlaps, or whose stored period, and an open end as such', () => {
    expect(problemText(zh, 'rosters', { code: 'overlapping_period', field: 'from', message: 'x', details: { value: '2026-12-20', line: 7, from: '2026-12-01', to: '2027-01-01' } })).toBe(
      '任期与第 7 行的一期（2026-12-01 至 2027-01-01）重叠',
    );
    expect(problemText(en, 'rosters', { code: 'overlapping_period', field: 'from', message: 'x', details: { value: '', name: '李四', from: '2026-12-01', to: null } })).toBe(
      'The period overlaps 李四’s recorded one (2026-12-01 to open)',
    );
  });

  it('names a unit’s name column as the unit’s, a roster’s as the person’s', () => {
    const p = { code: 'bad_field', field: 'name', message: 'x', details: { value: '' } };
    expect(problemText(zh, 'units', p)).toBe('单位名称缺失或超过 50 个字');
    expect(problemText(zh, 'rosters', p)).toBe('姓名缺失或超过 50 个字');
  });

  it('keeps the server’s message for a code it does not know', () => {
    expect(problemText(zh, 'units', { code: 'something_new', field: 'name', message: 'the server says so' })).toBe('the server says so');
  });

  it('shows what a changed row replaces and who leaves a post', () => {
    const row: PreviewRow = { line: 3, fate: 'changed', values: {}, problems: [], was: { id: 'U2', name: '乙局', contactName: '李四', contactPhone: '13800000002' } };
    expect(wasText(row)).toBe('乙局 · 李四 · 13800000002');
    expect(removalText(zh, { gridCode: '999999001001001', role: 'manager', name: '管理员0', phone: '13700000000', how: 'ended', on: '2026-12-01' })).toBe('999999001001001 网格管理员 管理员0：自 2026-12-01 起卸任');
  });
});
