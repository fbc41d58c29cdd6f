import { describe, expect, it } from 'vitest';
import { PROBLEM_CATEGORIES, PROBLEM_STATUS, PROBLEM_TRANSITIONS } from '@wangge/geodata';
import { en } from '../i18n/en.ts';
import { translate } from '../i18n/lang.ts';
import { zh } from '../i18n/zh.ts';
import { actionLabel, categoryLabel, stepTitle } from './problem-labels.ts';

const tZh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(zh, key, params);
const tEn = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(en, key, params);

describe('problem labels', () => {
  it('names every category in Chinese as the id itself, and in English differently', () => {
    for (const c of PROBLEM_CATEGORIES) {
      expect(categoryLabel(tZh, c)).toBe(c);
      expect(categoryLabel(tEn, c)).not.toBe(c);
      expect(categoryLabel(tEn, c)).toMatch(/^[A-Z]/);
    }
  });

  it('names every workflow action and every status’s next step', () => {
    for (const step of PROBLEM_TRANSITIONS) expect(actionLabel(tEn, step.action)).not.toBe(step.action);
    expect(actionLabel(tZh, 'file')).toBe('上报');
    for (const s of Object.values(PROBLEM_STATUS)) expect(zh).toHaveProperty(`problemNext.${s}`);
  });

  it('says a re-route after a grid change moved the problem, and between which grids', () => {
    const step = { action: 'reroute', note: '520521001001001 → 520521001001004' };
    expect(stepTitle(tZh, step)).toBe('因网格调整改派：520521001001001 → 520521001001004');
    expect(stepTitle(tEn, step)).toBe('Re-routed after a grid change: 520521001001001 → 520521001001004');
    expect(stepTitle(tZh, { action: 'assign', note: '请尽快' })).toBe('交办');
  });

  it('shows unknown values as sent', () => {
    expect(categoryLabel(tEn, '新类别')).toBe('新类别');
    expect(actionLabel(tEn, 'escalate')).toBe('escalate');
  });
});
