import { describe, expect, it } from 'vitest';
import type { ProblemsResponse } from '@wangge/geodata';
import { tinyApp } from '../test/fixture.ts';

const MINUTE = 60_000;

/** 4,500 problems, filed ten to a minute, so page boundaries fall inside runs of equal filing times. */
async function manyProblems() {
  const { app, store } = await tinyApp();
  const base = Date.parse('2026-11-20T08:00:00+08:00');
  const rows = Array.from({ length: 4500 }, (_, i) => ({
    id: `Q${String(i).padStart(5, '0')}`,
    countyId: '999999',
    lon: 100.015,
    lat: 30.005,
    category: '环境卫生',
    description: `第 ${i} 条`,
    status: 'reported',
    gridId: 'G3',
    streetOfficeId: 'S2',
    createdAt: base + Math.floor(i / 10) * MINUTE,
    updatedAt: base,
  }));
  for (let i = 0; i < rows.length; i += 500) await store.db.insert(store.t.problems).values(rows.slice(i, i + 500));
  return { app, ids: rows.map((r) => r.id) };
}

const csvIds = (csv: string) =>
  csv
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]);

describe('problem downloads read in pages', () => {
  it('give every row once, in list order (newest first, then by id), across page boundaries', async () => {
    const { app, ids } = await manyProblems();
    // the list order worked out here: newer minutes first, ids ascending within a minute
    const expected = [...ids].sort((a, b) => Math.floor(Number(b.slice(1)) / 10) - Math.floor(Number(a.slice(1)) / 10) || a.localeCompare(b));
    const res = await app.request('/api/problems?format=csv&grid=G3&category=环境卫生');
    expect(res.status).toBe(200);
    const got = csvIds(await res.text());
    expect(got).toHaveLength(4500);
    expect(got).toEqual(expected);
    const json = (await (await app.request('/api/problems?format=json&grid=G3&category=环境卫生&limit=5000')).json()) as ProblemsResponse;
    expect(json.features.map((f) => f.properties.id)).toEqual(expected);
  });

  it('start at the offset asked for and stop at the limit', async () => {
    const { app } = await manyProblems();
    const json = (await (await app.request('/api/problems?format=json&grid=G3&category=环境卫生&limit=5000')).json()) as ProblemsResponse;
    const all = json.features.map((f) => f.properties.id);
    const slice = csvIds(await (await app.request('/api/problems?format=csv&grid=G3&category=环境卫生&offset=1995&limit=2510')).text());
    expect(slice).toEqual(all.slice(1995, 1995 + 2510));
  });
});
