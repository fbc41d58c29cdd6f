import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(book.worksheets).toHaveLength(1);
  return book.worksheets[0];
}

describe('toXlsx', () => {
  it('writes one sheet that reads back cell for cell: text, numbers, empty cells', async () => {
    const sheet = await readBack(await toXlsx('报送情况_2026-11-20', ['网格编码', '网格', '逾期天数'], [
      ['520521001001001', '城中社区第1网格', 3],
      ['520521001001002', null, 0.5],
    ]));
    expect(sheet.name).toBe('报送情况_2026-11-20');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, '网格编码', '网格', '逾期天数']);
    expect(sheet.getRow(2).values).toEqual([undefined, '520521001001001', '城中社区第1网格', 3]);
    expect(sheet.getCell('A3').value).toBe('520521001001002');
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('C3').value).toBe(0.5);
  });

  it('keeps text that looks like a formula as text', async () => {
    const sheet = await readBack(await toXlsx('x', ['备注'], [['=HYPERLINK("http://example.com")'], ['+1']]));
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://example.com")');
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('A3').value).toBe('+1');
  });

  it('makes the header bold and frozen, and sizes columns to their text (Chinese counted double)', async () => {
    const sheet = await readBack(await toXlsx('x', ['编码', 'name'], [['12345678901234567890', 'ab'], ['1', '城中社区第1网格']]));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // 20 ASCII characters + 2; 城中社区第1网格 is 8 characters counted as 16, + 2
    expect(sheet.getColumn(1).width).toBe(22);
    expect(sheet.getColumn(2).width).toBe(18);
  });

  it('makes a sheet name Excel accepts: no []:*?/\\ and at most 31 characters', async () => {
    const sheet = await readBack(await toXlsx('问题统计/2026:11?[全县]*的很长很长很长很长很长很长的名字', ['a'], []));
    expect(sheet.name).toBe('问题统计_2026_11__全县__的很长很长很长很长很长很长');
    expect(sheet.name.length).toBe(31);
  });
});
