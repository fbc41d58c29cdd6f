import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const CONFIG = { currentWeek: '2026-11-20', firstWeek: '2026-09-04' };

/** A fetch that answers JSON by path and records each call with its signal. */
function fakeFetch(counties: unknown[]) {
  const calls: { path: string; signal: AbortSignal | undefined }[] = [];
  const fetch = vi.fn(async (path: string, init?: RequestInit) => {
    calls.push({ path, signal: init?.signal ?? undefined });
    const body = path === '/api/counties' ? counties : path === '/api/config' ? CONFIG : { path };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('the first map’s requests, started by the entry', () => {
  it('are the very ones the app then asks for, each answered once from the prefetch', async () => {
    const { fetch, calls } = fakeFetch([{ id: 'dafang' }]);
    vi.stubGlobal('fetch', fetch);
    const { prefetchFirstMap } = await import('./prefetch.ts');
    const { api, getJson } = await import('./client.ts');
    prefetchFirstMap('?week=2026-11-13&layers=problems');
    await settle();
    expect(calls.map((c) => c.path).sort()).toEqual(
      ['/api/communities', '/api/config', '/api/counties', '/api/grids', '/api/grids?week=2026-11-13', '/api/status?week=2026-11-13', '/api/zones'].sort(),
    );
    await Promise.all([getJson('/api/counties'), api.config(), api.grids(), api.communities(), api.zones(), api.status('2026-11-13'), api.gridsOfWeek('2026-11-13')]);
    expect(fetch).toHaveBeenCalledTimes(7);
    // taken once: asking again goes to the network
    await api.grids();
    expect(fetch).toHaveBeenCalledTimes(8);
  });

  it('asks for the week the view will show: the current one for a later or missing week, the first one for an earlier', async () => {
    for (const [search, week] of [['?week=2026-12-04', '2026-11-20'], ['', '2026-11-20'], ['?week=2026-08-07', '2026-09-04']]) {
      vi.resetModules();
      const { fetch, calls } = fakeFetch([{ id: 'dafang' }]);
      vi.stubGlobal('fetch', fetch);
      const { prefetchFirstMap } = await import('./prefetch.ts');
      prefetchFirstMap(search);
      await settle();
      expect(calls.map((c) => c.path)).toContain(`/api/status?week=${week}`);
    }
  });

  it('starts nothing for an address naming a county, and nothing but the counties when there are several', async () => {
    const named = fakeFetch([{ id: 'a' }, { id: 'b' }]);
    vi.stubGlobal('fetch', named.fetch);
    (await import('./prefetch.ts')).prefetchFirstMap('?county=b');
    expect(named.fetch).not.toHaveBeenCalled();

    vi.resetModules();
    const several = fakeFetch([{ id: 'a' }, { id: 'b' }]);
    vi.stubGlobal('fetch', several.fetch);
    (await import('./prefetch.ts')).prefetchFirstMap('');
    await settle();
    expect(several.calls.map((c) => c.path)).toEqual(['/api/counties']);
  });
});
