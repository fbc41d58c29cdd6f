import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from './export-dialog.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function mount(props: Partial<Parameters<typeof ExportDialog>[0]> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onClose = vi.fn();
  await act(async () => createRoot(host).render(<ExportDialog week="2026-11-20" onClose={onClose} {...props} />));
  return { host, onClose };
}

describe('ExportDialog', () => {
  it('asks /api/export for what was on screen and downloads the file it answers', async () => {
    let release!: (r: Response) => void;
    const fetchMock = vi.fn((_url: string) => new Promise<Response>((r) => (release = r)));
    vi.stubGlobal('fetch', fetchMock);
    const created = vi.fn(() => 'blob:x');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const { host } = await mount({ kind: 'status', layers: { problems: true, zones: false } });

    await act(async () => host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
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

  it('shows the server’s message when the export fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'busy', message: 'other exports are being rendered' } }), { status: 503 })));
    const { host } = await mount({ lang: 'en' });
    await act(async () => host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(host.querySelector('[role="alert"]')!.textContent).toBe('Export failed: other exports are being rendered');
  });
});
