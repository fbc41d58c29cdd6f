import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTER } from '../problems/problem-query.ts';
import { ExportDialog } from './export-dialog.tsx';
import { parsePrintParams } from './print-params.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.replaceChildren();
});

async function mount(props: Partial<Parameters<typeof ExportDialog>[0]> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onClose = vi.fn();
  await act(async () => createRoot(host).render(<ExportDialog week="2026-11-20" preview={false} onClose={onClose} {...props} />));
  return { host, onClose };
}

const submit = (host: HTMLElement) => act(async () => host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));

function change(el: HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const SCREEN = {
  selection: { grid: 'g-7', code: '520521001002007', community: 'c-2' },
  view: [105.6, 27.1, 105.62, 27.12] as [number, number, number, number],
  problemFilter: { ...NO_FILTER, statuses: ['assigned' as const], overdue: true },
};

describe('ExportDialog', () => {
  it('asks /api/export for what was on screen and downloads the file it answers', async () => {
    let release!: (r: Response) => void;
    const fetchMock = vi.fn((_url: string) => new Promise<Response>((r) => (release = r)));
    vi.stubGlobal('fetch', fetchMock);
    const created = vi.fn(() => 'blob:x');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const { host } = await mount({ kind: 'status', layers: { problems: true, zones: false } });

    await submit(host);
    const url = new URL(fetchMock.mock.calls[0][0], 'http://x');
    expect(url.pathname).toBe('/api/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ week: '2026-11-20', kind: 'status', paper: 'A4', orientation: 'landscape', format: 'pdf', lang: 'zh', layers: 'problems' });
    expect(host.querySelector('progress')).not.toBeNull();
    expect(host.querySelector('fieldset')!.disabled).toBe(true);

    await act(async () => release(new Response(new Blob(['%PDF-']), { status: 200, headers: { 'content-disposition': "attachment; filename*=UTF-8''%E6%8A%A5%E9%80%81%E6%83%85%E5%86%B5_2026-11-20_A4.pdf" } })));
    expect(host.querySelector('progress')).toBeNull();
    expect(host.textContent).toContain('已下载 报送情况_2026-11-20_A4.pdf');
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('carries the selection, the screen’s view and the problem filter, and frames on the grid when asked', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response(new Blob(['x']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const { host } = await mount({ ...SCREEN, layers: { problems: true } });
    expect(host.textContent).toContain('所选网格 520521001002007 在图上加粗标出');
    expect(host.textContent).toContain('问题按列表的 2 项筛选条件导出');

    await submit(host);
    const first = Object.fromEntries(new URL(fetchMock.mock.calls[0][0], 'http://x').searchParams);
    expect(first).toMatchObject({ grid: 'g-7', frame: 'view', bbox: '105.6,27.1,105.62,27.12', problemStatus: 'assigned', problemOverdue: '1' });

    const scope = host.querySelectorAll('select')[1];
    expect([...scope.options].map((o) => o.value)).toEqual(['view', 'town', 'grid', 'community', 'all']);
    await act(async () => change(scope, 'grid'));
    await submit(host);
    const second = Object.fromEntries(new URL(fetchMock.mock.calls[1][0], 'http://x').searchParams);
    expect(second).toMatchObject({ grid: 'g-7', frame: 'grid' });
    expect(second.bbox).toBeUndefined();

    await act(async () => change(scope, 'community'));
    await submit(host);
    expect(Object.fromEntries(new URL(fetchMock.mock.calls[2][0], 'http://x').searchParams)).toMatchObject({ community: 'c-2', grid: 'g-7' });
  });

  it('starts with the default title in the field, sends it only once edited', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response(new Blob(['x']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const { host } = await mount({ county: '大方县' });
    const field = host.querySelector('textarea')!;
    expect(field.value).toBe('大方县创建全国文明城市网格化管理 — 第 47 周 报送情况');
    await submit(host);
    expect(new URL(fetchMock.mock.calls[0][0], 'http://x').searchParams.has('title')).toBe(false);
    await act(async () => change(field, '周例会 第 47 周'));
    await submit(host);
    expect(new URL(fetchMock.mock.calls[1][0], 'http://x').searchParams.get('title')).toBe('周例会 第 47 周');
  });

  it('previews the sheet it would export: the print page at screen resolution, scaled to the dialog, redrawn when the paper changes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    const { host } = await mount({ ...SCREEN, preview: true });
    const frame = () => host.querySelector('iframe')!;
    const params = () => parsePrintParams(new URL(frame().getAttribute('src')!, 'http://x').search);
    expect(params()).toMatchObject({ ok: true, params: { preview: true, pixelRatio: 1, grid: 'g-7', frame: 'view', bbox: SCREEN.view, paper: 'A4', title: null } });
    // A4 landscape is 1123 CSS px wide; the dialog shows it 420 px wide
    expect(frame().style.width).toBe('1123px');
    expect(frame().style.transform).toBe(`scale(${420 / 1123})`);

    await act(async () => change(host.querySelectorAll('select')[2] as HTMLSelectElement, 'A3'));
    expect(params()).toMatchObject({ ok: true, params: { paper: 'A4' } });
    await act(async () => vi.advanceTimersByTime(400));
    expect(params()).toMatchObject({ ok: true, params: { paper: 'A3' } });
    expect(frame().style.width).toBe('1588px');
  });

  it('says why the export failed in the dialog’s language, from the error code', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'busy', message: 'other exports are being rendered' } }), { status: 503 })));
    const { host } = await mount({ lang: 'en' });
    await submit(host);
    expect(host.querySelector('[role="alert"]')!.textContent).toBe('Export failed: Other maps are being exported: try again in a minute.');
  });

  it('shows the server’s message for a code it has no words of its own for', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'bad_request', message: 'week must be a Friday' } }), { status: 400 })));
    const { host } = await mount({ lang: 'zh' });
    await submit(host);
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('week must be a Friday');
  });
});
