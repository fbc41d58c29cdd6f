import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { StatusResponse } from '@wangge/geodata';
import { serveTemp, type TempServer } from '../serve-temp.ts';
import { pdfPageTexts } from '../export/pdf-text.ts';
import { namedIn, statusUnitIds } from './bulletin-lists.ts';
import { readDocx } from './docx-text.ts';

/**
 * The 通报 files of a real server (Dafang with its generated history) on Monday 13:00, an hour
 * after week 2026-11-20 was due: they must name exactly the units GET /api/status says are missing
 * and late, be headed 县创文办 and carry the status map.
 */
const WEEK = '2026-11-20';
const DEMO_PASSWORD = 'wangge-demo';

let server: TempServer;
let cookie: string;
let expected: { missing: string[]; late: string[] };
let units: { id: string; name: string }[];

async function login(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(res.status, `login as ${username}`).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function download(format: string): Promise<Uint8Array> {
  const res = await fetch(`${server.url}/api/bulletins?week=${WEEK}&format=${format}`, { headers: { cookie } });
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/** Images painted on each page of a PDF. */
async function pdfImages(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const out: number[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const ops = await (await doc.getPage(i)).getOperatorList();
      out.push(ops.fnArray.filter((f) => f === OPS.paintImageXObject).length);
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

async function send(who: string, method: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${server.url}${path}`, { method, headers: { cookie: who, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
}

/** A unit missing exactly one grid reports it now, an hour late: a late unit for the 通报 to name. */
async function reportOneLate(): Promise<void> {
  const status = (await (await fetch(`${server.url}/api/status?week=${WEEK}`)).json()) as StatusResponse;
  const missing = new Map<string, string[]>();
  for (const g of status.grids) for (const u of g.units) if (u.status === 'missing') missing.set(u.unitId, [...(missing.get(u.unitId) ?? []), g.gridId]);
  const [unitId, [gridId]] = [...missing].find(([, grids]) => grids.length === 1)!;
  // the demo county asks for a photo; this test is about the 通报, not the form
  await send(await login('admin'), 'PUT', '/api/report-requirements', { workedOn: false, minParticipants: 0, minActivities: 0, minContentChars: 0, minPhotos: 0 });
  await send(await login(`reporter-${unitId.toLowerCase()}`), 'POST', '/api/reports', { gridId, week: WEEK });
}

beforeAll(async () => {
  server = await serveTemp({ WANGGE_NOW: '2026-11-23T13:00:00+08:00' });
  cookie = await login('leader');
  await reportOneLate();
  expected = statusUnitIds((await (await fetch(`${server.url}/api/status?week=${WEEK}`)).json()) as StatusResponse);
  units = ((await (await fetch(`${server.url}/api/units`)).json()) as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

describe('the 通报 as files', () => {
  it('has units both missing and late to name (else the test proves nothing)', () => {
    expect(expected.missing.length).toBeGreaterThan(0);
    expect(expected.late.length).toBeGreaterThan(0);
  });

  it('PDF: one or two A4 pages headed 县创文办, naming exactly the missing and late units, with the status map', async () => {
    const bytes = await download('pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join('\n');
    // the head is letter-spaced: pdf.js reads the gaps as spaces
    expect(text.replace(/\s/g, '').startsWith('县创文办')).toBe(true);
    expect(namedIn(text, '二、未报单位', '三、逾期报送单位', units)).toEqual(expected.missing);
    expect(namedIn(text, '三、逾期报送单位', '四、按时报送单位', units)).toEqual(expected.late);
    expect((await pdfImages(bytes)).reduce((a, b) => a + b, 0)).toBe(1);
  }, 180_000);

  it('Word: headed 县创文办, naming exactly the missing and late units, with the status map', async () => {
    const { paragraphs, media } = readDocx(await download('docx'));
    expect(paragraphs[0]).toBe('县创文办');
    const text = paragraphs.join('\n');
    expect(namedIn(text, '二、未报单位', '三、逾期报送单位', units)).toEqual(expected.missing);
    expect(namedIn(text, '三、逾期报送单位', '四、按时报送单位', units)).toEqual(expected.late);
    expect(media).toHaveLength(1);
  }, 180_000);

  it('is for staff: 401 without a login, 403 for a unit reporter', async () => {
    expect((await fetch(`${server.url}/api/bulletins?week=${WEEK}&format=pdf`)).status).toBe(401);
    const reporter = await login(units.length ? `reporter-${units[0].id.toLowerCase()}` : 'none');
    expect((await fetch(`${server.url}/api/bulletins?week=${WEEK}&format=docx`, { headers: { cookie: reporter } })).status).toBe(403);
  });
});
