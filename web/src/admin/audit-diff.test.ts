import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-diff.ts';

describe('auditChanges', () => {
  it('lists only the fields whose values differ, in order', () => {
    expect(auditChanges({ role: 'leader', disabled: false, displayName: '张三' }, { role: 'inspector', disabled: true, displayName: '张三' })).toEqual([
      { field: 'role', before: 'leader', after: 'inspector' },
      { field: 'disabled', before: 'false', after: 'true' },
    ]);
  });

  it('shows a field that only one side has, names a boundary without its coordinates, and cuts long values', () => {
    const ring = Array.from({ length: 40 }, (_, i) => [105.6 + i / 1000, 27.1]);
    expect(auditChanges(null, { username: 'zhao', geometry: { type: 'Polygon', coordinates: [ring] } })).toEqual([
      { field: 'username', before: null, after: 'zhao' },
      { field: 'geometry', before: null, after: null },
    ]);
    const long = auditChanges({ note: 'a'.repeat(100) }, { note: 'b' })[0];
    expect(long.before).toHaveLength(80);
    expect(long.before!.endsWith('…')).toBe(true);
  });

  it('gives nothing for an entry that records no values, and one change for plain values', () => {
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges(3, 4)).toEqual([{ field: '', before: '3', after: '4' }]);
  });
});
