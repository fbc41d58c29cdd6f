import { describe, expect, it } from 'vitest';
import { shareStatus } from './city-share.ts';

describe('shareStatus', () => {
  it('draws 90% and more as on time, 60% up to 90% as late, less as missing, and nothing due apart', () => {
    expect([1, 0.9, 0.8999, 0.6, 0.5999, 0, null].map(shareStatus)).toEqual(['on_time', 'on_time', 'late', 'late', 'missing', 'missing', 'not_due']);
  });
});
