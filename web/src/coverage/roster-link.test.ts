import { describe, expect, it } from 'vitest';
import { isRosterIssue, rosterHref } from './roster-link.ts';

describe('the 纵向到底 list’s roster link', () => {
  it('is offered for a grid short of people, not for one only short of a unit', () => {
    expect(isRosterIssue(['no_manager'])).toBe(true);
    expect(isRosterIssue(['no_unit', 'too_few_supervisors'])).toBe(true);
    expect(isRosterIssue(['no_unit'])).toBe(false);
    expect(isRosterIssue([])).toBe(false);
  });

  it('opens view=roster on that grid, keeping the week and layers, dropping a clicked point and an open problem', () => {
    expect(rosterHref('?week=2026-11-20&grid=G1&at=100.1,30.2&layers=zones&view=coverage&problem=P1', 'G7')).toBe('?week=2026-11-20&grid=G7&layers=zones&view=roster');
    expect(rosterHref('', 'G2')).toBe('?grid=G2&layers=problems&view=roster');
  });
});
