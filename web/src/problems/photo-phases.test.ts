import { describe, expect, it } from 'vitest';
import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';
import { photoPhases, photosByEvent } from './photo-phases.ts';

// every step at the same instant, as under a fixed clock: only the links tell them apart
const AT = '2026-11-25T02:00:00.000Z';
const event = (id: number, action: string): ProblemEventInfo => ({ id, fromStatus: null, toStatus: 'x', action, note: null, by: null, at: AT, ownerUnitId: null, assignment: null });
const photo = (id: string, eventId: number | null): PhotoInfo => ({ id, mime: 'image/png', bytes: 1, url: `/api/photos/${id}`, createdAt: AT, eventId });

const events = [event(11, 'file'), event(12, 'assign'), event(13, 'start'), event(14, 'fix'), event(15, 'verify')];

describe('photosByEvent', () => {
  it('puts each photo with the step it was sent with, whatever the times say', () => {
    const groups = photosByEvent(events, [photo('a', 11), photo('b', 14), photo('c', 11), photo('d', 15)]);
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([['a', 'c'], [], [], ['b'], ['d']]);
  });

  it('a photo without a known step goes with the filing', () => {
    expect(photosByEvent(events, [photo('x', null), photo('y', 99)])[0].map((p) => p.id)).toEqual(['x', 'y']);
  });
});

describe('photoPhases', () => {
  it('before is the filing’s photos, after the fix’s; other steps’ photos are in the history only', () => {
    const { before, after } = photoPhases(events, [photo('a', 11), photo('b', 13), photo('c', 14), photo('d', 15)]);
    expect(before.map((p) => p.id)).toEqual(['a']);
    expect(after.map((p) => p.id)).toEqual(['c']);
  });

  it('after a return, the latest fix is the one that counts', () => {
    const sent = [event(1, 'file'), event(2, 'fix'), event(3, 'return'), event(4, 'fix')];
    const { before, after } = photoPhases(sent, [photo('first', 2), photo('second', 4), photo('why', 3)]);
    expect(before).toEqual([]);
    expect(after.map((p) => p.id)).toEqual(['second']);
  });

  it('nothing is "after" until there is a fix', () => {
    expect(photoPhases(events.slice(0, 3), [photo('a', 11), photo('b', 13)])).toEqual({ before: [photo('a', 11)], after: [] });
  });
});
