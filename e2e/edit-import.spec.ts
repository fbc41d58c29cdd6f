import { convertCollection, kml, kmz, shapefile, type GridsResponse, type PolygonFeatures } from '@wangge/geodata';
import { drawer, openEdit, restoreSeededGrids, saveBar, verdict } from './edit-kit.ts';
import { expect, fetchGrids, test } from './helpers.ts';

/**
 * Importing grids as a planner: files made by geodata's own writers (no binary fixtures), read in
 * the browser, previewed with their coverage, then replacing or merged with the stored grids.
 */
test.describe('importing grids', () => {
  test.describe.configure({ timeout: 90_000 });
  let original: GridsResponse;

  test.beforeAll(async ({ request }) => {
    original = (await (await request.get('/api/grids')).json()) as GridsResponse;
  });

  test.afterAll(() => restoreSeededGrids(original));

  /** One stored grid, renamed, as a file would carry it: code, name and shape only. */
  function oneGrid(grids: GridsResponse, name: string): PolygonFeatures {
    const g = grids.features[3];
    return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: g.properties.code, name }, geometry: g.geometry }] };
  }

  test('a zipped Shapefile in BD-09, the coordinate system chosen: previewed as replacing, then merged and saved', async ({ page }) => {
    const grids = await fetchGrids(page);
    const file = oneGrid(grids, '导入改名网格');
    const zip = shapefile.write(convertCollection(file, 'wgs84', 'bd09'), { name: 'grids' });
    await openEdit(page);
    await drawer(page).getByText('导入与导出').click();
    await drawer(page).getByLabel('坐标系').selectOption('bd09');
    await drawer(page).locator('input[type=file]').setInputFiles({ name: 'grids.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const preview = drawer(page).getByRole('group', { name: '导入预览' });
    await expect(preview).toContainText('grids.zip · Shapefile');
    await expect(preview).toContainText('BD-09（百度）');
    // replacing: every grid but the one in the file would go, and the coverage shows the holes
    const others = grids.features.length - 1;
    await expect(preview).toContainText(`将更新 1 个、新建 0 个、删除 ${others} 个网格。`);
    await expect(verdict(page)).not.toContainText('全覆盖 ✓');
    await page.screenshot({ path: test.info().outputPath('import-replace.png') });
    // merged: the others stay, the converted shape lands on the stored one (BD-09 → WGS84 to 1e-9 m)
    await preview.getByLabel('合并：保留文件中没有的现有网格').check();
    await expect(preview).toContainText('将更新 1 个、新建 0 个、删除 0 个网格。');
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await page.screenshot({ path: test.info().outputPath('import-merge.png') });
    await preview.getByRole('button', { name: '合并到现有网格' }).click();
    await expect(saveBar(page)).toContainText('1 个网格有未保存的修改');
    await drawer(page).getByRole('button', { name: '保存', exact: true }).click();
    await expect(saveBar(page)).toContainText('已保存 1 个网格。');
    const after = await fetchGrids(page);
    expect(after.features).toHaveLength(grids.features.length);
    const saved = after.features.find((g) => g.properties.code === file.features[0].properties!.code)!;
    expect(saved.properties.name).toBe('导入改名网格');
    expect(saved.geometry).toEqual(grids.features[3].geometry);
  });

  test('a KML in GCJ-02 is detected; a grid the file adds is previewed as new', async ({ page }) => {
    const grids = await fetchGrids(page);
    // the file: one stored grid unchanged, plus a copy of another moved out of every community
    const g = grids.features[5];
    const away = JSON.parse(JSON.stringify(g.geometry).replace(/105\.(\d)/g, (_, d: string) => `106.${d}`)) as typeof g.geometry;
    const file: PolygonFeatures = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: g.properties.code }, geometry: g.geometry },
        { type: 'Feature', properties: { name: '县外' }, geometry: away },
      ],
    };
    const bytes = kml.write(convertCollection(file, 'wgs84', 'gcj02'), { name: 'grids' });
    await openEdit(page);
    await drawer(page).getByText('导入与导出').click();
    await drawer(page).locator('input[type=file]').setInputFiles({ name: 'grids.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: Buffer.from(bytes) });
    const preview = drawer(page).getByRole('group', { name: '导入预览' });
    await expect(preview).toContainText('GCJ-02（高德、腾讯）（自动检测');
    await preview.getByLabel('合并：保留文件中没有的现有网格').check();
    // the stored grid comes back as it is: kept, not counted as an update
    await expect(preview).toContainText('将更新 0 个、新建 0 个、删除 0 个网格。');
    await expect(preview).toContainText('另有 1 个网格与现有的完全相同，不作改动。');
    await expect(preview).toContainText('另有 1 个图形不在任何社区内，已略过。');
    await expect(verdict(page)).toContainText('全覆盖 ✓');
    await preview.getByRole('button', { name: '取消' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');
  });

  test('a KMZ in WGS84 round-trips with nothing to save; broken, huge and unknown files are refused by name, nothing changed', async ({ page }) => {
    const grids = await fetchGrids(page);
    const file: PolygonFeatures = { type: 'FeatureCollection', features: grids.features.slice(0, 3).map((g) => ({ type: 'Feature', properties: { code: g.properties.code, name: g.properties.name }, geometry: g.geometry })) };
    await openEdit(page);
    await drawer(page).getByText('导入与导出').click();
    const input = drawer(page).locator('input[type=file]');
    const preview = drawer(page).getByRole('group', { name: '导入预览' });
    await input.setInputFiles({ name: 'grids.kmz', mimeType: 'application/vnd.google-earth.kmz', buffer: Buffer.from(kmz.write(file, { name: 'grids' })) });
    await expect(preview).toContainText('grids.kmz · KMZ');
    await preview.getByLabel('合并：保留文件中没有的现有网格').check();
    // matched by code, shapes unchanged by the round trip: nothing to update, and applying it leaves nothing to save
    await expect(preview).toContainText('将更新 0 个、新建 0 个、删除 0 个网格。');
    await expect(preview).toContainText('另有 3 个网格与现有的完全相同，不作改动。');
    await preview.getByRole('button', { name: '合并到现有网格' }).click();
    await expect(saveBar(page)).toContainText('没有未保存的修改');

    // applying closes the import section; open it again
    await drawer(page).getByText('导入与导出').click();
    const refusal = drawer(page).getByRole('alert');
    await input.setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
    await expect(refusal).toContainText('文件无法读取（格式错误或已损坏）。');
    await input.setInputFiles({ name: 'huge.geojson', mimeType: 'application/geo+json', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) });
    await expect(refusal).toContainText('文件太大。huge.geojson · 21.0 MB > 20 MB');
    await input.setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('minutes of the weekly meeting') });
    await expect(refusal).toContainText('不认识这种文件');
    await expect(preview).toHaveCount(0);
    await expect(saveBar(page)).toContainText('没有未保存的修改');
  });
});
