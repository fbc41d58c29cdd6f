import { describe, expect, it } from 'vitest';
import { selectionFilter } from './selection.layer.ts';

describe('selectionFilter', () => {
  it('selects by grid id and matches nothing without a selection', () => {
    expect(selectionFilter('G1')).toEqual(['==', ['get', 'id'], 'G1']);
    expect(selectionFilter(null)).toEqual(['==', ['get', 'id'], '']);
  });
});
