import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification, FilterSpecification } from 'maplibre-gl';
import { PROBLEM_STATUS_COLORS } from '@wangge/geodata';
import { mapStyle } from '../map/map-style.ts';
import { MAP_COLORS } from '../map/theme.ts';
import { PROBLEM_OTHER_COLOR } from '../theme/chips.ts';
import { focusFeatures, problemDraftLayer, problemFocusRingLayer } from './problem-focus.layer.ts';
import { problemClusterProperties, problemColorExpression, problemHaloColorExpression, problemHaloLayer, problemPointLayer } from './problems.layer.ts';
import { problemsFeature } from './problems.feature.ts';

/** Evaluates a data expression for one feature's properties, as MapLibre would. */
function evaluate(expression: unknown, properties: Record<string, unknown>, type: 'color' | 'number' = 'color'): unknown {
  const parsed = createExpression(expression, 'test', { type, 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] }, transition: false } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const value = parsed.value.evaluate({ zoom: 14 }, { type: 'Point', properties } as never);
  return type === 'color' ? (value as { toString(): string }).toString() : value;
}
const rgba = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},1)`;
};
const paint = (layer: ReturnType<typeof problemPointLayer>, key: string) => (layer as { paint: Record<string, unknown> }).paint[key];

describe('problem pins', () => {
  it('are coloured by workflow status, and a status this client does not know in the "other" grey', () => {
    for (const [status, hex] of Object.entries(PROBLEM_STATUS_COLORS)) expect(evaluate(problemColorExpression(), { status })).toBe(rgba(hex));
    expect(evaluate(problemColorExpression(), { status: 'archived' })).toBe(rgba(PROBLEM_OTHER_COLOR));
  });

  it('ring overdue pins wider and in the overdue colour; others get the dark halo', () => {
    const halo = problemHaloLayer();
    expect(evaluate(problemHaloColorExpression(), { overdue: true })).toBe(rgba(MAP_COLORS.overdue));
    expect(evaluate(problemHaloColorExpression(), { overdue: false })).toBe(rgba(MAP_COLORS.cluster));
    const radius = paint(halo, 'circle-radius');
    expect(evaluate(radius, { overdue: true }, 'number')).toBeGreaterThan(evaluate(radius, { overdue: false }, 'number') as number);
  });

  it('ring clusters that hold an overdue problem, white otherwise', () => {
    expect(evaluate(problemHaloColorExpression(), { point_count: 4, overdue: 1 })).toBe(rgba(MAP_COLORS.overdue));
    expect(evaluate(problemHaloColorExpression(), { point_count: 4, overdue: 0 })).toBe('rgba(255,255,255,1)');
  });

  it('counts overdue problems per cluster by summing 1 for each overdue pin', () => {
    const [map, reduce] = problemClusterProperties().overdue as [string, unknown];
    expect(map).toBe('+');
    expect(evaluate(reduce, { overdue: true }, 'number')).toBe(1);
    expect(evaluate(reduce, { overdue: false }, 'number')).toBe(0);
    expect(evaluate(reduce, {}, 'number')).toBe(0);
  });
});

describe('problem focus', () => {
  it('draws the open problem as a ring and the draft as a pin, each from its own feature', () => {
    const fc = focusFeatures([
      { kind: 'open', at: [105.6, 27.15] },
      { kind: 'draft', at: null },
    ]);
    expect(fc.features).toHaveLength(1);
    const ring = featureFilter((problemFocusRingLayer() as CircleLayerSpecification).filter as FilterSpecification, 'test');
    const draft = featureFilter((problemDraftLayer() as CircleLayerSpecification).filter as FilterSpecification, 'test');
    const feature = { type: 1, properties: fc.features[0].properties } as never;
    expect(ring.filter({ zoom: 14 }, feature)).toBe(true);
    expect(draft.filter({ zoom: 14 }, feature)).toBe(false);
  });

  it('keeps the whole style valid', () => {
    expect(validateStyleMin(mapStyle([problemsFeature]))).toEqual([]);
  });
});
