import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '@wangge/geodata';
import { DEFECT_COLORS } from '../coverage/coverage.layer.ts';
import { MAP_COLORS } from '../map/theme.ts';

// read as text: the test runner hands CSS imports over empty
const css = readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8');
const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`).exec(css)?.[1];

describe('tokens.css repeats the map’s colours exactly', () => {
  it('the statuses, as the legend, the brand mark and the charts show them', () => {
    for (const [status, hex] of Object.entries(STATUS_COLORS)) expect(token(`--status-${status.replace('_', '-')}`), status).toBe(hex);
  });

  it('the coverage defects, as the defect list marks them', () => {
    for (const [kind, hex] of Object.entries(DEFECT_COLORS)) expect(token(`--defect-${kind}`), kind).toBe(hex);
  });

  it('the ground, the cluster ring, the overdue ring and the zones', () => {
    expect(token('--map-bg')).toBe(MAP_COLORS.background);
    expect(token('--cluster')).toBe(MAP_COLORS.cluster);
    expect(token('--overdue')).toBe(MAP_COLORS.overdue);
    expect(token('--zone')).toBe(MAP_COLORS.zone);
  });
});

describe('stylesheets', () => {
  it('name colours only through tokens: no raw hex outside tokens.css', () => {
    const src = join(import.meta.dirname, '..');
    const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css') && !f.endsWith('tokens.css'));
    expect(sheets.length).toBeGreaterThan(10);
    for (const sheet of sheets) {
      const hex = readFileSync(join(src, sheet), 'utf8').match(/#[0-9a-fA-F]{3,8}\b/g) ?? [];
      expect(hex, sheet).toEqual([]);
    }
  });
});
