import { describe, expect, it } from 'vitest';
import type { PhotoInfo, ProblemEventInfo } from '@wangge/geodata';
import { photoPhases, photosByEvent } from './photo-phases.ts';

const event = (action: string, at: string): ProblemEventInfo => ({ fromStatus: null, toStatus: 'x', action, note: null, by: 'u', at: `2026-11-25T${at}:00.000Z` });
const photo = (id: string, at: string): PhotoInfo => ({ id, mime: 'image/png', bytes: 1, url: `/api/photos/${id}`, createdAt: `2026-11-25T${at}:00.000Z` });

const events = [event('file', '01:00'), event('assign', '02:00'), event('start', '03:00'), event('fix', '04:00'), event('verify', '05:00')];

describe('photosByEvent', () => {
  it('puts each photo with the last step at or before it; a tie goes to that step', () => {
    const groups = photosByEvent(events, [photo('a', '01:00'), photo('b', '01:30'), photo('c', '04:00'), photo('d', '04:10')]);
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([['a', 'b'], [], [], ['c', 'd'], []]);
  });

  it('a photo older than every event (clock skew) goes with the first', () => {
    expect(photosByEvent(events, [photo('x', '00:10')])[0].map((p) => p.id)).toEqual(['x']);
  });
});

describe('photoPhases', () => {
  it('splits at the fix: before is filing to start, after is the fix and later', () => {
    const { before, after } = photoPhases(events, [photo('a', '01:00'), photo('b', '03:30'), photo('c', '04:00'), photo('d', '05:00')]);
    expect(before.map((p) => p.id)).toEqual(['a', 'b']);
    expect(after.map((p) => p.id)).toEqual(['c', 'd']);
  });

  it('after a return, the latest fix is the one that counts', () => {
    const sent = [event('file', '01:00'), event('fix', '02:00'), event('return', '03:00'), event('fix', '04:00')];
    const { before, after } = photoPhases(sent, [photo('first', '02:00'), photo('second', '04:00')]);
    expect(before.map((p) => p.id)).toEqual(['first']);
    expect(after.map((p) => p.id)).toEqual(['second']);
  });

  it('everything is "before" until there is a fix', () => {
    expect(photoPhases(events.slice(0, 3), [photo('a', '03:00')])).toEqual({ before: [photo('a', '03:00')], after: [] });
  });
});
