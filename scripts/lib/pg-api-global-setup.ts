/**
 * The api-pg test project's globalSetup (vitest.config.ts): one throw-away PostgreSQL + PostGIS
 * cluster for the run and a template database migrated once by the API's own migrations; each
 * test store copies it (api/src/test/test-store.ts).
 */
import { openPgStore } from '@wangge/api';
import { pgGlobalSetup } from './pg-cluster-global-setup.ts';

export default pgGlobalSetup({
  template: {
    name: 'wangge_template',
    setup: async (url) => {
      const store = await openPgStore(url, { poolSize: 1 });
      await store.close();
    },
  },
});
