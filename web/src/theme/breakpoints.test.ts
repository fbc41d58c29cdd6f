import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, isPhone } from './breakpoints.ts';

// read as text: the test runner hands CSS imports over empty
const media = readFileSync(join(import.meta.dirname, 'media.css'), 'utf8');
const width = (name: string, side: 'max' | 'min' = 'max') => Number(new RegExp(`@custom-media --${name} \\(${side}-width: (\\d+)px\\)`).exec(media)?.[1]);

describe('breakpoints', () => {
  it('the stylesheets’ custom media use the numbers code uses', () => {
    expect(width('phone')).toBe(BREAKPOINTS.phone);
    expect(width('desktop', 'min')).toBe(BREAKPOINTS.phone + 1);
    expect(width('header-week-row')).toBe(BREAKPOINTS.headerWeekRow);
    expect(width('narrow-phone')).toBe(BREAKPOINTS.narrowPhone);
    expect(width('card-over-drawer')).toBe(BREAKPOINTS.cardBesideDrawer);
    expect(media).toContain(`@custom-media --short-desktop (max-height: 640px) and (min-width: ${BREAKPOINTS.phone + 1}px);`);
  });

  it('a phone is up to 760 px wide, inclusive', () => {
    expect(isPhone(760)).toBe(true);
    expect(isPhone(761)).toBe(false);
    expect(isPhone(390)).toBe(true);
  });

  it('no stylesheet writes a width of its own in a media query: each names one from media.css', () => {
    const src = join(import.meta.dirname, '..');
    const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css') && !f.endsWith('media.css'));
    for (const sheet of sheets) {
      const text = readFileSync(join(src, sheet), 'utf8');
      expect(text.match(/@media[^{]*\d+px/g) ?? [], sheet).toEqual([]);
      if (/@media \(--/.test(text)) expect(text, sheet).toMatch(/@import '[./]+theme\/media\.css';/);
    }
  });
});
