import cluster from 'node:cluster';
import { Hono } from 'hono';
import { currentWeek, type ConfigResponse } from '@wangge/geodata';
import type { AuthEnv } from '../auth/middleware.ts';
import type { AppDeps } from './context.ts';
import { closeGraceHours, firstWeek } from '../services/deployment.ts';
import { activeGridCount, areaList, communitiesBBox, communitiesCollection, countyMeta, unitList, zonesCollection } from '../services/reference.ts';

/** Health, client configuration, communities, zones, units and 片区: read-only reference data. */
export function referenceRoutes({ store, clock, basemap }: AppDeps) {
  const app = new Hono<AuthEnv>();

  // with WANGGE_WORKERS, which of the processes answered (a balancer's health check can tell them apart)
  const worker = cluster.isWorker && cluster.worker ? { worker: cluster.worker.id } : {};
  app.get('/health', async (c) => c.json({ ok: true, grids: await activeGridCount(store), ...worker }));

  app.get('/config', async (c) => {
    const now = clock();
    const { code, name } = await countyMeta(store);
    const body: ConfigResponse = {
      county: { code, name },
      now: new Date(now).toISOString(),
      currentWeek: currentWeek(now),
      firstWeek: await firstWeek(store, now),
      closeGraceHours: await closeGraceHours(store),
      bbox: await communitiesBBox(store),
      basemap: basemap ?? null,
    };
    return c.json(body);
  });

  app.get('/communities', async (c) => c.json(await communitiesCollection(store)));
  app.get('/zones', async (c) => c.json(await zonesCollection(store)));
  app.get('/units', async (c) => c.json(await unitList(store)));
  app.get('/areas', async (c) => c.json(await areaList(store)));

  return app;
}
