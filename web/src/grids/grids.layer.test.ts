import { describe, expect, it } from 'vitest';
import { STATUS_COLORS, STATUS_ORDER, type GridsResponse, type StatusResponse } from '@wangge/geodata';
import { MAP_COLORS } from '../map/theme.ts';
import { gridLabelExpression, gridsWithStatus, statusColorExpression } from './grids.layer.ts';

describe('grid expressions', () => {
  it('maps every status to its colour (the shared STATUS_COLORS), white when unknown', () => {
    const expr: unknown[] = statusColorExpression();
    expect(expr[0]).toBe('match');
    for (const s of STATUS_ORDER) expect(expr[expr.indexOf(s) + 1]).toBe(STATUS_COLORS[s]);
    expect(expr.at(-1)).toBe(MAP_COLORS.noStatus);
  });

  it('labels with the sequence when zoomed out and the full code when zoomed in', () => {
    const expr = gridLabelExpression();
    expect(expr[0]).toBe('step');
    expect(expr[2]).toEqual(['slice', ['get', 'code'], 12]);
  });
});

describe('gridsWithStatus', () => {
  const grids = Object.freeze({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'a', code: '1' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'b', code: '2' } },
    ],
  }) as unknown as GridsResponse;

  it('joins each grid its week status and leaves unknown grids without one', () => {
    const status = { grids: [{ gridId: 'a', code: '1', status: 'late', units: [] }] } as unknown as StatusResponse;
    const out = gridsWithStatus(grids, status);
    expect(out.features.map((f) => (f.properties as { status?: string }).status)).toEqual(['late', undefined]);
    expect(grids.features[0].properties).not.toHaveProperty('status');
  });

  it('returns the grids untouched without a status', () => {
    expect(gridsWithStatus(grids, null)).toBe(grids);
  });
});
