import { describe, expect, it } from 'vitest';
import { ROUTE_GUARDS } from '@wangge/geodata';
import { createApp } from '../app.ts';
import { tinyApp } from '../test/fixture.ts';

describe('ROUTE_GUARDS', () => {
  it('lists exactly the routes the app serves under /api, so a new route cannot go unguarded or unlisted', async () => {
    const { store } = await tinyApp();
    const app = createApp({ store, clock: () => Date.parse('2026-11-23T10:00:00+08:00') });
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].sort()).toEqual(Object.keys(ROUTE_GUARDS).sort());
  });
});
