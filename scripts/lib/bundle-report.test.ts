import { describe, expect, it } from 'vitest';
import { moduleGroup, topGroups } from './bundle-report.ts';

describe('what a chunk holds', () => {
  it('groups modules by package (scoped too) or by app folder', () => {
    expect(moduleGroup('node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('maplibre-gl');
    expect(moduleGroup('node_modules/@maplibre/maplibre-gl-style-spec/dist/index.mjs')).toBe('@maplibre/maplibre-gl-style-spec');
    expect(moduleGroup('web/src/problems/card/problem-card.tsx')).toBe('web/src/problems/');
    expect(moduleGroup('geodata/src/domain/status.ts')).toBe('geodata/src/domain/status.ts');
  });

  it('ranks the groups by their share of the chunk', () => {
    const modules = { 'node_modules/react-dom/a.js': 300, 'node_modules/react-dom/b.js': 100, 'web/src/map/x.ts': 500, 'web/src/i18n/zh.ts': 100 };
    expect(topGroups(modules, 2)).toEqual([
      { group: 'web/src/map/', share: 0.5 },
      { group: 'react-dom', share: 0.4 },
    ]);
  });
});
