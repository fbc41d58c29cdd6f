import { describe, expect, it } from 'vitest';
import type { CoverageSummary } from '@wangge/geodata';
import { coverageVerdict } from './verdict.ts';

const whole: CoverageSummary = Object.freeze({
  grids: 30,
  boundaries: 9,
  coveredPct: 100,
  overlapCount: 0,
  overlapAreaM2: 0,
  gapCount: 0,
  gapAreaM2: 0,
  outsideCount: 0,
  outsideAreaM2: 0,
  invalidCount: 0,
  ignoredPieces: 0,
  ignoredAreaM2: 0,
  misalignedEdges: 0,
});

describe('coverageVerdict', () => {
  it('is full only when the check found nothing', () => {
    expect(coverageVerdict({ ok: true, summary: whole })).toEqual({ kind: 'full' });
  });

  it('an overlap leaves the area covered (100 %): covered, but with the overlap named — never "not fully covered"', () => {
    const summary = { ...whole, overlapCount: 1, overlapAreaM2: 420 };
    expect(coverageVerdict({ ok: false, summary })).toEqual({ kind: 'flawed', flaws: ['overlap'] });
  });

  it('names every kind of flaw present, overlaps first', () => {
    const summary = { ...whole, invalidCount: 1, outsideCount: 2, outsideAreaM2: 30, overlapCount: 1, overlapAreaM2: 5 };
    expect(coverageVerdict({ ok: false, summary })).toEqual({ kind: 'flawed', flaws: ['overlap', 'outside', 'invalid'] });
  });

  it('a gap is "not fully covered", whatever else is wrong, and then the share is under 100 %', () => {
    expect(coverageVerdict({ ok: false, summary: { ...whole, coveredPct: 99.9999, gapCount: 1, gapAreaM2: 3, overlapCount: 1 } })).toEqual({ kind: 'gaps' });
    expect(coverageVerdict({ ok: false, summary: { ...whole, coveredPct: 87.5, gapCount: 2, gapAreaM2: 5000 } })).toEqual({ kind: 'gaps' });
  });
});
