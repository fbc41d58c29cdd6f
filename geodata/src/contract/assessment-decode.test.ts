import { describe, expect, it } from 'vitest';
import type { AssessmentPointInput, ResultInput, RoundInput } from './assessment.ts';
import { decodeAssessmentPointInput, decodeAssessmentScoresQuery, decodeChecklistInput, decodeResultInput, decodeRoundInput, encodeAssessmentScoresQuery } from './assessment-decode.ts';

const wire = <T>(v: T) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

describe('assessment request codecs', () => {
  it('round-trips a point, a round and a result through JSON', () => {
    const point: AssessmentPointInput = { kind: 'market', name: '示例·农贸市场', geometry: { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.601, 27.1], [105.601, 27.101], [105.6, 27.101], [105.6, 27.1]]] } };
    expect(decodeAssessmentPointInput(wire(point))).toEqual({ ok: true, value: point });
    const round: RoundInput = { name: '第一轮模拟测评', from: '2026-12-01', to: '2026-12-05', kinds: ['hospital', 'market'], perCommunity: 2, seed: 20261201, inspectorIds: ['inspector'] };
    // kinds come back in the kinds' own order
    expect(decodeRoundInput(wire(round))).toEqual({ ok: true, value: { ...round, kinds: ['market', 'hospital'] } });
    expect(decodeRoundInput(wire({ ...round, kinds: undefined, inspectorIds: undefined }))).toEqual({ ok: true, value: { ...round, kinds: null, inspectorIds: null } });
    const result: ResultInput = { pointId: 'P1', items: [{ itemId: 'a1', result: 'fail', note: '地面有积水' }, { itemId: 'a2', result: 'na', note: null }] };
    expect(decodeResultInput(wire(result))).toEqual({ ok: true, value: result });
  });

  it('round-trips the scores query', () => {
    for (const q of [{ by: 'unit', format: 'json' }, { by: 'streetOffice', format: 'xlsx' }] as const) {
      expect(decodeAssessmentScoresQuery(encodeAssessmentScoresQuery(q))).toEqual({ ok: true, value: q });
    }
    expect(decodeAssessmentScoresQuery({})).toEqual({ ok: true, value: { by: 'unit', format: 'json' } });
    expect(decodeAssessmentScoresQuery({ by: 'street' })).toMatchObject({ ok: false, code: 'bad_query', message: expect.stringContaining('by "street"') });
  });

  it('refuses bad points with a code naming what is wrong', () => {
    const base = { kind: 'market', name: '市场', geometry: { type: 'Point', coordinates: [105.6, 27.1] } };
    expect(decodeAssessmentPointInput({ ...base, kind: 'zoo' })).toMatchObject({ ok: false, code: 'bad_kind' });
    expect(decodeAssessmentPointInput({ ...base, name: ' ' })).toMatchObject({ ok: false, code: 'bad_field' });
    expect(decodeAssessmentPointInput({ ...base, geometry: { type: 'Point', coordinates: [200, 27] } })).toMatchObject({ ok: false, code: 'bad_geometry' });
    expect(decodeAssessmentPointInput({ ...base, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } })).toMatchObject({ ok: false, code: 'bad_geometry' });
    // 0.03° across: larger than a 点位
    const big = { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.63, 27.1], [105.63, 27.11], [105.6, 27.11], [105.6, 27.1]]] };
    expect(decodeAssessmentPointInput({ ...base, geometry: big })).toMatchObject({ ok: false, code: 'point_too_large' });
    const bowtie = { type: 'Polygon', coordinates: [[[105.6, 27.1], [105.601, 27.101], [105.601, 27.1], [105.6, 27.101], [105.6, 27.1]]] };
    expect(decodeAssessmentPointInput({ ...base, geometry: bowtie })).toMatchObject({ ok: false, code: 'bad_geometry' });
  });

  it('reads a checklist edit: defaults, and refuses bad weights and twice-named items', () => {
    expect(decodeChecklistInput({ items: [{ text: '地面整洁', weight: 2 }] })).toEqual({ ok: true, value: [{ text: '地面整洁', weight: 2, needsPhoto: false, category: '其他' }] });
    expect(decodeChecklistInput({ items: [{ text: 'x', weight: 0 }] })).toMatchObject({ ok: false, code: 'bad_field' });
    expect(decodeChecklistInput({ items: [{ text: 'x', weight: 1, category: '天气' }] })).toMatchObject({ ok: false, code: 'bad_field' });
    expect(decodeChecklistInput({ items: [{ id: 'a', text: 'x', weight: 1 }, { id: 'a', text: 'y', weight: 1 }] })).toMatchObject({ ok: false, code: 'duplicate_item' });
    expect(decodeChecklistInput({ items: [] })).toMatchObject({ ok: false, code: 'bad_field' });
  });

  it('refuses a round that ends before it starts, asks for none, or has no seed', () => {
    const round = { name: 'r', from: '2026-12-05', to: '2026-12-01', perCommunity: 1, seed: 1 };
    expect(decodeRoundInput(round)).toMatchObject({ ok: false, code: 'bad_period' });
    expect(decodeRoundInput({ ...round, to: '2026-12-09', perCommunity: 0 })).toMatchObject({ ok: false, code: 'bad_field', message: expect.stringContaining('perCommunity') });
    expect(decodeRoundInput({ ...round, to: '2026-12-09', seed: 1.5 })).toMatchObject({ ok: false, code: 'bad_field', message: expect.stringContaining('seed') });
    expect(decodeRoundInput({ ...round, to: '2026-12-09', kinds: ['market', 'zoo'] })).toMatchObject({ ok: false, code: 'bad_kind' });
  });

  it('refuses a result naming an item twice or an unknown result', () => {
    expect(decodeResultInput({ pointId: 'P', items: [{ itemId: 'a', result: 'pass' }, { itemId: 'a', result: 'fail' }] })).toMatchObject({ ok: false, code: 'duplicate_item' });
    expect(decodeResultInput({ pointId: 'P', items: [{ itemId: 'a', result: 'ok' }] })).toMatchObject({ ok: false, code: 'bad_field' });
  });
});
