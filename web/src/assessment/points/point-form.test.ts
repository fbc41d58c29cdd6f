import { describe, expect, it } from 'vitest';
import type { AssessmentPointFeature } from '@wangge/geodata';
import { draftOf, inputOf } from './point-form.ts';

const props = { id: 'AP1', kind: 'market', name: '甲市场', gridId: 'G1', gridCode: '1', communityId: 'C1', streetOfficeId: 'S1', zoneId: null, flagged: false, example: false } as const;
const point = { type: 'Feature', geometry: { type: 'Point', coordinates: [105.6012345678, 27.1] }, properties: props } as unknown as AssessmentPointFeature;
const square = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: props } as unknown as AssessmentPointFeature;

describe('the point form', () => {
  it('starts from the point as it is, coordinates to 6 decimals; a polygon has none to type', () => {
    expect(draftOf(point)).toEqual({ kind: 'market', name: '甲市场', lon: '105.601235', lat: '27.100000' });
    expect(draftOf(square)).toMatchObject({ lon: '', lat: '' });
  });

  it('makes the request: trimmed name, typed point, a polygon’s outline kept', () => {
    expect(inputOf(point, { kind: 'hotel', name: ' 甲宾馆 ', lon: '105.7', lat: '27.2' })).toEqual({ ok: true, input: { kind: 'hotel', name: '甲宾馆', geometry: { type: 'Point', coordinates: [105.7, 27.2] } } });
    expect(inputOf(square, { kind: 'market', name: '乙', lon: '', lat: '' })).toEqual({ ok: true, input: { kind: 'market', name: '乙', geometry: square.geometry } });
  });

  it('names what is wrong: no name, a coordinate that is not one', () => {
    expect(inputOf(point, { kind: 'market', name: '  ', lon: '1', lat: '2' })).toEqual({ ok: false, problem: 'noName' });
    for (const [lon, lat] of [['', '27'], ['abc', '27'], ['105', '95'], ['190', '27']]) expect(inputOf(point, { kind: 'market', name: 'x', lon, lat })).toEqual({ ok: false, problem: 'badLonLat' });
  });
});
