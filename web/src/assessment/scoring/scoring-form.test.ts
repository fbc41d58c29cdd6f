import { PROBLEM_CATEGORIES, type ChecklistItem } from '@wangge/geodata';
import { describe, expect, it } from 'vitest';
import { buildSubmission, draftGaps, type PointDraft } from './scoring-form.ts';

const item = (id: string, needsPhoto: boolean): ChecklistItem => ({ id, text: id, weight: 1, needsPhoto, category: PROBLEM_CATEGORIES[0] });
const items = [item('clean', true), item('signs', false), item('stalls', false)];
const photo = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

describe('the scoring form', () => {
  it('names the items not ticked and those lacking a photo, in checklist order', () => {
    const draft: PointDraft = { stalls: { result: 'na', note: '', photos: [] } };
    expect(draftGaps(items, draft)).toEqual({ unscored: ['clean', 'signs'], photoMissing: ['clean'] });
  });

  it('counts a photo already on file for the point as there', () => {
    const draft: PointDraft = { clean: { result: 'pass', note: '', photos: [] }, signs: { result: 'pass', note: '', photos: [] }, stalls: { result: 'pass', note: '', photos: [] } };
    expect(draftGaps(items, draft, new Set(['clean']))).toEqual({ unscored: [], photoMissing: [] });
  });

  it('sends plain JSON without photos, notes trimmed and empty ones as null', () => {
    const draft: PointDraft = {
      stalls: { result: 'fail', note: '  摊位占道 ', photos: [] },
      clean: { result: 'pass', note: '', photos: [] },
      signs: { result: 'na', note: '   ', photos: [] },
    };
    expect(buildSubmission('p1', items, draft)).toEqual({
      kind: 'json',
      body: {
        pointId: 'p1',
        items: [
          { itemId: 'clean', result: 'pass', note: null },
          { itemId: 'signs', result: 'na', note: null },
          { itemId: 'stalls', result: 'fail', note: '摊位占道' },
        ],
      },
    });
  });

  it('sends multipart with the JSON in data and each photo as photo.<itemId>', () => {
    const a = photo('a.png');
    const b = photo('b.png');
    const c = photo('c.png');
    const draft: PointDraft = {
      clean: { result: 'pass', note: '', photos: [a, b] },
      signs: { result: 'fail', note: 'x', photos: [c] },
      stalls: { result: 'pass', note: '', photos: [] },
    };
    const sub = buildSubmission('p2', items, draft);
    if (sub.kind !== 'multipart') throw new Error('expected multipart');
    expect(JSON.parse(sub.body.get('data') as string)).toEqual({
      pointId: 'p2',
      items: [
        { itemId: 'clean', result: 'pass', note: null },
        { itemId: 'signs', result: 'fail', note: 'x' },
        { itemId: 'stalls', result: 'pass', note: null },
      ],
    });
    expect(sub.body.getAll('photo.clean').map((f) => (f as File).name)).toEqual(['a.png', 'b.png']);
    expect(sub.body.getAll('photo.signs').map((f) => (f as File).name)).toEqual(['c.png']);
    expect([...sub.body.keys()]).toEqual(['data', 'photo.clean', 'photo.clean', 'photo.signs']);
  });

  it('refuses to build while an item is not ticked', () => {
    expect(() => buildSubmission('p3', items, { clean: { result: 'pass', note: '', photos: [] } })).toThrow(/signs/);
  });
});
