import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '@wangge/geodata';
import { PROBLEM_CHIPS, STATUS_CHIPS, CHIP_GREEN } from './chips.ts';
import { AA_TEXT, contrastRatio } from './contrast.ts';

// read as text: the test runner hands CSS imports over empty
const tokensCss = readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8');

/** The custom properties tokens.css sets on :root, by name. */
function tokens(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1], m[2]]));
}

describe('contrastRatio', () => {
  it('matches WCAG’s own figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the lightest grey that passes AA: 4.54:1
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a #rgb or #rrggbb colour: red/);
  });
});

describe('text on colour, at WCAG AA', () => {
  const css = tokens(tokensCss);

  it('reads the tokens', () => {
    expect(css.get('--text')).toMatch(/^#/);
    expect(css.get('--surface')).toMatch(/^#/);
  });

  it('text on both surfaces: body, soft and muted text (the legend’s empty rows), links, and the coloured words', () => {
    for (const text of ['--text', '--text-soft', '--muted', '--link', '--hint-text', '--danger-text', '--ok-text', '--warn-text', '--overdue', '--return-text', '--primary', '--zone-text']) {
      for (const surface of ['--surface', '--surface-2']) {
        expect(contrastRatio(css.get(text)!, css.get(surface)!), `${text} on ${surface}`).toBeGreaterThanOrEqual(AA_TEXT);
      }
    }
  });

  it('the pairs drawn together: white on the dark and blue buttons and on the overdue tag, text on the deadline cards', () => {
    const pairs = [
      ['--on-ink', '--ink'],
      ['--on-ink', '--ink-hover'],
      ['--on-primary', '--primary'],
      ['--on-primary', '--primary-hover'],
      ['--surface', '--overdue'],
      ['--text', '--due-bg'],
      ['--text', '--overdue-bg'],
      ['--danger-text', '--overdue-bg'],
      ['--text', '--surface-hover'],
      ['--text', '--selected-bg'],
    ];
    for (const [text, bg] of pairs) expect(contrastRatio(css.get(text)!, css.get(bg)!), `${text} on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('every --x-text on its --x-bg', () => {
    const pairs = [...css.keys()].filter((k) => k.endsWith('-text') && css.has(k.replace(/-text$/, '-bg')));
    for (const text of pairs) {
      const bg = text.replace(/-text$/, '-bg');
      expect(contrastRatio(css.get(text)!, css.get(bg)!), `${text} on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('every status chip and problem chip', () => {
    for (const [status, { background, text }] of [...Object.entries(STATUS_CHIPS), ...Object.entries(PROBLEM_CHIPS)]) {
      expect(contrastRatio(text, background), status).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('chips keep the map’s status colours, bar the green, which is the same hue a shade darker', () => {
    for (const [status, { background }] of Object.entries(STATUS_CHIPS)) if (status !== 'on_time') expect(background, status).toBe(STATUS_COLORS[status as keyof typeof STATUS_COLORS]);
    // #1a9850 with each channel × 0.82, rounded: 26 → 21, 152 → 125, 80 → 66
    expect(CHIP_GREEN).toBe('#157d42');
    expect(STATUS_COLORS.on_time).toBe('#1a9850');
  });
});
