import { Hono } from 'hono';
import { asc, eq } from 'drizzle-orm';
import type { ProblemsResponse } from '@wangge/geodata';
import * as t from '../db/schema.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';

export function problemRoutes({ db }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/problems', (c) => {
    const rows = db
      .select({ p: t.problems, gridCode: t.grids.code })
      .from(t.problems)
      .leftJoin(t.grids, eq(t.grids.id, t.problems.gridId))
      .orderBy(asc(t.problems.createdAt))
      .all();
    const body: ProblemsResponse = {
      type: 'FeatureCollection',
      features: rows.map(({ p, gridCode }) => ({
        type: 'Feature',
        id: p.id,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          id: p.id,
          category: p.category,
          description: p.description,
          status: p.status,
          gridId: p.gridId,
          gridCode,
          createdAt: new Date(p.createdAt).toISOString(),
        },
      })),
    };
    return c.json(body);
  });
  return app;
}
