import { describe, expect, it } from 'vitest';
import { PROBLEM_STATUS, STATUS, ZONE_KINDS } from '@wangge/geodata';
import { en } from './en.ts';
import { translate } from './lang.ts';
import { zh } from './zh.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every message uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('no message is empty', () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('names every status, problem status and zone kind', () => {
    for (const s of Object.values(STATUS)) {
      expect(zh).toHaveProperty(`status.${s}`);
      expect(en).toHaveProperty(`status.${s}`);
    }
    for (const k of Object.values(ZONE_KINDS)) expect(zh).toHaveProperty(`zoneKind.${k}`);
    for (const s of Object.values(PROBLEM_STATUS)) expect(zh).toHaveProperty(`problemStatus.${s}`);
  });

  it('Chinese status names are the short forms the legend shows', () => {
    expect([zh['status.on_time'], zh['status.late'], zh['status.missing'], zh['status.pending']]).toEqual([
      '按时',
      '逾期',
      '未报',
      '待报',
    ]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(zh, 'legend.total', { count: 30 })).toBe('共 30 个网格');
    expect(translate(en, 'app.title', {})).toBe('Wangge · {county}');
  });
});
