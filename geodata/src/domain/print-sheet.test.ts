import { describe, expect, it } from 'vitest';
import { sheetSizeMm } from './print-sheet.ts';

describe('print sheet words', () => {
  it('turns papers by orientation, width first', () => {
    expect(sheetSizeMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
    expect(sheetSizeMm('A4', 'portrait')).toEqual({ width: 210, height: 297 });
  });
});
