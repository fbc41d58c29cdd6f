import { describe, expect, it } from 'vitest';
import type { StatusResponse } from '@wangge/geodata';
import { weekState } from './week-state.ts';

const status = (week: string, over: Partial<StatusResponse> = {}) => ({ week, notStarted: false, closedAt: null, ...over }) as StatusResponse;

describe('weekState', () => {
  it('calls a week before the first week not started, even before its status came', () => {
    expect(weekState('2026-10-30', '2026-11-06', null)).toBe('notStarted');
    expect(weekState('2026-10-30', '2026-11-06', status('2026-10-30'))).toBe('notStarted');
  });

  it('follows the status answer: not started, closed once it has a closedAt, else open', () => {
    expect(weekState('2026-11-06', null, status('2026-11-06', { notStarted: true }))).toBe('notStarted');
    expect(weekState('2026-11-06', '2026-11-06', status('2026-11-06', { closedAt: '2026-11-10T04:00:00.000Z' }))).toBe('closed');
    expect(weekState('2026-11-20', '2026-11-06', status('2026-11-20'))).toBe('open');
  });

  it('knows nothing until the shown week’s own answer arrives', () => {
    expect(weekState('2026-11-20', '2026-11-06', null)).toBeNull();
    expect(weekState('2026-11-20', '2026-11-06', status('2026-11-13'))).toBeNull();
  });
});
