import { describe, expect, it } from 'vitest';
import { formatArea, formatPct } from './format.ts';

describe('formatArea', () => {
  it('shows slivers with one decimal and larger areas as whole square metres with grouping', () => {
    expect(formatArea(0.46, 'en-GB')).toBe('0.5 m²');
    expect(formatArea(9.94, 'en-GB')).toBe('9.9 m²');
    expect(formatArea(100.4, 'en-GB')).toBe('100 m²');
    expect(formatArea(12345.6, 'zh-CN')).toBe('12,346 m²');
  });

  it('switches to km² from one square kilometre', () => {
    expect(formatArea(999_999, 'en-GB')).toBe('999,999 m²');
    expect(formatArea(1_000_000, 'en-GB')).toBe('1 km²');
    expect(formatArea(2_345_678, 'zh-CN')).toBe('2.35 km²');
  });

  it('shows a dash for nonsense', () => {
    expect(formatArea(Number.NaN, 'en-GB')).toBe('—');
  });
});

describe('formatPct', () => {
  it('never rounds an incomplete coverage up to 100 %', () => {
    expect(formatPct(100, 'zh-CN')).toBe('100%');
    expect(formatPct(99.9996, 'zh-CN')).toBe('99.99%');
    expect(formatPct(99.987, 'zh-CN')).toBe('99.98%');
    expect(formatPct(87.5, 'en-GB')).toBe('87.5%');
  });
});
