import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, RostersResponse, UnitsAdminResponse } from '@wangge/geodata';
import { errorOf, loginAs, sqlRows, tinyApp } from '../test/fixture.ts';
import { parseCsv } from '../bulk/csv-parse.ts';

type App = Awaited<ReturnType<typeof tinyApp>>['app'];

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sheet1').addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const csv = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\r\n'));

function upload(app: App, cookie: string, path: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  return app.request(path, { method: 'POST', headers: { cookie }, body: form });
}

async function preview(app: App, cookie: string, kind: string, bytes: Uint8Array, name = 'file.xlsx'): Promise<ImportPreview> {
  const res = await upload(app, cookie, `/api/${kind}/import?dryRun=1`, bytes, name);
  expect(res.status).toBe(200);
  return (await res.json()) as ImportPreview;
}

const get = async <T>(app: App, path: string, cookie: string) => (await (await app.request(path, { headers: { cookie } })).json()) as T;
const fates = (p: ImportPreview) => p.rows.map((r) => [r.line, r.fate, ...r.problems.map((x) => `${x.field}:${x.code}`)]);

const UNIT_HEADER = ['编号', '单位名称', '联系人', '联系电话'];
const ROSTER_HEADER = ['网格编号', '岗位', '姓名', '电话', '开始日期', '结束日期'];

describe('bulk units: export, preview, apply', () => {
  it('exports the units in service as CSV and .xlsx, and the export imports back unchanged', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const res = await app.request('/api/units/export?format=csv', { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('units-2026-11-25.csv');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    expect(rows[0]).toEqual(['编号', '单位名称', '联系人', '联系电话', '责任网格（只读）']);
    expect(rows.slice(1).map((r) => r.slice(0, 4)).sort()).toEqual([
      ['U1', '甲局', '张三', '13800000001'],
      ['U2', '乙局', '李四', '13800000002'],
      ['U3', '市场监管局', '王五', '13800000003'],
    ].sort());
    expect(rows.find((r) => r[0] === 'U1')?.[4]).toBe('999999001001001（牵头）');

    const book = await app.request('/api/units/export?format=xlsx', { headers: { cookie: admin } });
    expect(book.headers.get('content-type')).toContain('spreadsheetml');
    const back = await preview(app, admin, 'units', new Uint8Array(await book.arrayBuffer()));
    expect(back.counts).toEqual({ new: 0, changed: 0, unchanged: 3, error: 0 });
    expect((await app.request('/api/units/export?format=pdf', { headers: { cookie: admin } })).status).toBe(400);
  });

  it('shows every row’s fate and problems at once, writes nothing until applied, then applies all in one audited step', async () => {
    const { app, store } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const bad = await xlsx([
      UNIT_HEADER,
      ['U1', '甲局', '张三', '13800000001'],
      ['U2', '乙局', '李四', '13900000009'],
      [null, '环保局', '赵六', '12345'],
      ['U9', '丙局', '', '13800000005'],
      [null, '民政局', '孙七', '0857-6221234'],
      [null, '民政局', '周八', '13800000006'],
    ]);
    const p = await preview(app, admin, 'units', bad);
    expect(fates(p)).toEqual([
      [2, 'unchanged'],
      [3, 'changed'],
      [4, 'error', 'contactPhone:bad_phone'],
      [5, 'error', 'contactName:bad_field', 'id:unknown_unit'],
      [6, 'new'],
      [7, 'error', 'name:duplicate_unit'],
    ]);
    expect(p.rows[1].was).toEqual({ id: 'U2', name: '乙局', contactName: '李四', contactPhone: '13800000002' });
    expect(p.rows[5].problems[0].details).toMatchObject({ line: 6 });

    const refused = await upload(app, admin, `/api/units/import?digest=${p.digest}`, bad, 'u.xlsx');
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toBe('import_has_errors');
    expect((await sqlRows(store, "select id from units where name = '民政局'")).length).toBe(0);

    const fixed = await xlsx([UNIT_HEADER, ['U2', '乙局', '李四', '13900000009'], [null, '环保局', '赵六', '13800000004'], [null, '民政局', '孙七', '0857-6221234']]);
    const ok = await preview(app, admin, 'units', fixed);
    expect(ok.counts).toEqual({ new: 2, changed: 1, unchanged: 0, error: 0 });
    expect((await upload(app, admin, '/api/units/import?digest=0000', fixed, 'u.xlsx')).status).toBe(409);
    const applied = await upload(app, admin, `/api/units/import?digest=${ok.digest}`, fixed, 'u.xlsx');
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as ImportResult).counts).toEqual(ok.counts);

    const units = await get<UnitsAdminResponse>(app, '/api/units/manage', admin);
    expect(units.find((u) => u.id === 'U2')?.contactPhone).toBe('13900000009');
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining(['环保局', '民政局']));
    const audit = await sqlRows(store, "select user_id, entity, action from audit_events where action = 'import' order by id");
    expect(audit).toEqual([
      { user_id: 'admin', entity: 'unit', action: 'import' },
      { user_id: 'admin', entity: 'unit', action: 'import' },
      { user_id: 'admin', entity: 'unit', action: 'import' },
    ]);
    // applied once: the same preview again is stale (the data it described has changed)
    expect((await errorOf(await upload(app, admin, `/api/units/import?digest=${ok.digest}`, fixed, 'u.xlsx'))).code).toBe('stale_preview');
  });

  it('refuses a file that is not a table, a damaged or huge one, a header without a column, and non-admins', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const planner = await loginAs(app, 'planner');
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const broken = await upload(app, admin, '/api/units/import?dryRun=1', damaged, 'u.xlsx');
    expect(broken.status).toBe(400);
    expect(await errorOf(broken)).toMatchObject({ code: 'bad_file', details: { reason: 'damaged' } });
    expect((await errorOf(await upload(app, admin, '/api/units/import?dryRun=1', new Uint8Array([1, 0, 2]), 'u.bin'))).code).toBe('bad_file');
    const huge = await upload(app, admin, '/api/units/import?dryRun=1', new Uint8Array(2_100_000).fill(65), 'u.csv');
    expect(huge.status).toBe(413);
    const noPhone = await upload(app, admin, '/api/units/import?dryRun=1', csv([['单位名称', '联系人'], ['甲局', '张三']]), 'u.csv');
    expect(await errorOf(noPhone)).toMatchObject({ code: 'bad_header', details: { missing: '联系电话' } });
    expect((await upload(app, planner, '/api/units/import?dryRun=1', csv([UNIT_HEADER]), 'u.csv')).status).toBe(403);
    expect((await app.request('/api/units/export?format=csv', { headers: { cookie: planner } })).status).toBe(403);
  });

  it('reads a CSV saved by Chinese Excel (GB18030) and English headers', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    // 甲局 张三 in GB18030: B C4 BE D6 / D5 C5 C8 FD
    const gbk = new Uint8Array([...new TextEncoder().encode('name,contactName,contactPhone\r\n'), 0xbc, 0xd7, 0xbe, 0xd6, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, ...new TextEncoder().encode(',13800000001\r\n')]);
    const p = await preview(app, admin, 'units', gbk, 'u.csv');
    expect(p.rows).toMatchObject([{ fate: 'unchanged', values: { name: '甲局', contactName: '张三' } }]);
  });
});

describe('bulk rosters: an Excel roster with errors, shown, then fixed', () => {
  it('names each row’s problem, refuses to apply, and applies the fixed file as new periods, audited', async () => {
    const { app, store } = await tinyApp();
    const planner = await loginAs(app, 'planner');
    const G1 = '999999001001001';
    const G2 = '999999001001002';
    const bad = await xlsx([
      ROSTER_HEADER,
      [G1, '网格管理员', '李四', '13912345678', '2026-12-01', null],
      [G1, '监督员', '赵六', '0857-6221234', '2026-12-01', null],
      [G1, '监督员', '钱七', '1391234', '2026-12-01', null],
      ['999999009009009', '监督员', '孙八', '13812345678', '2026-12-01', null],
      [G2, '网格管理员', '周九', '13812345679', '2026-12-10', '2026-12-01'],
      [G2, '监督员', '吴十', '13812345670', '2026-12-01', '2027-01-01'],
      [G2, '监督员', '郑一', '13812345671', '2026-12-20', null],
      [G2, '组长', '王二', '13812345672', '2026-12-20', null],
    ]);
    const p = await preview(app, planner, 'rosters', bad);
    expect(fates(p)).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'error', 'phone:bad_phone'],
      [5, 'error', 'gridCode:unknown_grid'],
      [6, 'error', 'to:bad_period'],
      [7, 'new'],
      [8, 'error', 'from:overlapping_period'],
      [9, 'error', 'role:bad_role', 'from:overlapping_period'],
    ]);
    expect(p.rows[6].problems[0].details).toMatchObject({ line: 7, from: '2026-12-01', to: '2027-01-01' });
    const refused = await upload(app, planner, `/api/rosters/import?digest=${p.digest}`, bad, 'r.xlsx');
    expect((await errorOf(refused)).code).toBe('import_has_errors');
    expect((await sqlRows(store, "select id from people where name = '李四'")).length).toBe(0);

    const fixed = await xlsx([
      ROSTER_HEADER,
      [G1, '网格管理员', '李四', '13912345678', new Date(Date.UTC(2026, 11, 1)), null],
      [G1, '监督员', '赵六', '0857-6221234', '2026-12-01', null],
      [G1, '监督员', '钱七', 13912345679, '2026-12-01', null],
      [G2, 'supervisor', '吴十', '13812345670', '2026-12-01', '2027-01-01'],
    ]);
    const ok = await preview(app, planner, 'rosters', fixed);
    expect(ok.counts).toEqual({ new: 4, changed: 0, unchanged: 0, error: 0 });
    // the seeded open periods of G1 and G2 end where the file's begin
    expect(ok.removals.filter((r) => r.how === 'ended').map((r) => `${r.gridCode} ${r.name} ${r.on}`).sort()).toEqual([
      `${G1} 监督员0乙 2026-12-01`,
      `${G1} 监督员0甲 2026-12-01`,
      `${G1} 管理员0 2026-12-01`,
      `${G2} 监督员1乙 2026-12-01`,
      `${G2} 监督员1甲 2026-12-01`,
      `${G2} 管理员1 2026-12-01`,
    ]);
    const applied = await upload(app, planner, `/api/rosters/import?digest=${ok.digest}`, fixed, 'r.xlsx');
    expect(applied.status).toBe(200);

    const dec = await get<RostersResponse>(app, '/api/rosters?at=2026-12-05', planner);
    const g1 = dec.grids.find((g) => g.code === G1)!;
    expect(g1.manager).toMatchObject({ name: '李四', from: '2026-12-01', to: null });
    expect(g1.supervisors.map((s) => s.phone).sort()).toEqual(['0857-6221234', '13912345679']);
    expect(dec.grids.find((g) => g.code === G2)).toMatchObject({ manager: null, supervisors: [{ name: '吴十', to: '2027-01-01' }] });
    // before the new periods: the people then
    expect((await get<RostersResponse>(app, '/api/rosters?at=2026-11-30', planner)).grids.find((g) => g.code === G1)?.manager?.name).toBe('管理员0');
    const audit = await sqlRows(store, "select user_id, entity_id from audit_events where entity = 'grid-people' and action = 'import' order by entity_id");
    expect(audit).toEqual([
      { user_id: 'planner', entity_id: 'G1' },
      { user_id: 'planner', entity_id: 'G2' },
    ]);

    // the rosters export of that day imports back unchanged
    const exported = await app.request('/api/rosters/export?format=xlsx&at=2026-12-05', { headers: { cookie: planner } });
    const again = await preview(app, planner, 'rosters', new Uint8Array(await exported.arrayBuffer()));
    expect(again.counts).toMatchObject({ changed: 0, new: 0, error: 0 });
    expect(again.counts.unchanged).toBe(4 + 3);
  });

  it('a period overlapping a stored one, a second manager and a person twice are refused; a corrected period shows as changed', async () => {
    const { app } = await tinyApp();
    const admin = await loginAs(app, 'admin');
    const G3 = '999999002001001';
    const first = await xlsx([ROSTER_HEADER, [G3, '网格管理员', '李四', '13912345678', '2026-12-01', '2027-01-01'], [G3, '监督员', '赵六', '13912345670', '2026-12-01', '2027-01-01']]);
    const p1 = await preview(app, admin, 'rosters', first);
    expect((await upload(app, admin, `/api/rosters/import?digest=${p1.digest}`, first, 'r.xlsx')).status).toBe(200);

    const second = await xlsx([
      ROSTER_HEADER,
      [G3, '网格管理员', '李四', '13912345678', '2026-12-01', '2027-01-01'],
      [G3, '监督员', '赵六', '13912345671', '2026-12-01', '2027-01-01'],
      [G3, '网格管理员', '钱七', '13812345678', '2026-12-15', null],
      [G3, '网格管理员', '孙八', '13812345679', '2026-12-15', null],
      [G3, '监督员', '钱七', '13812345678', '2026-12-15', null],
    ]);
    const p2 = await preview(app, admin, 'rosters', second);
    expect(fates(p2)).toEqual([
      [2, 'unchanged'],
      [3, 'changed'],
      [4, 'error', 'from:overlapping_period'],
      [5, 'error', 'role:two_managers', 'from:overlapping_period'],
      [6, 'error', 'name:duplicate_person', 'from:overlapping_period'],
    ]);
    expect(p2.rows[2].was).toBeNull();
    expect(p2.rows[1].was).toMatchObject({ name: '赵六', phone: '13912345670' });
  });
});
