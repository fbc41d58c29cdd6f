import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'geodata', root: 'geodata', include: ['**/*.test.ts'], environment: 'node' } },
      // generous timeouts: a test of many requests on a busy 2-core machine (CI runs ~1.5× slower than here) may take
      // tens of seconds; none waits on a clock, so a limit only decides how long a hung test takes to fail
      { test: { name: 'api', root: 'api', include: ['**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      // the same API suite on PostgreSQL + PostGIS, in a throw-away cluster of its own
      { test: { name: 'api-pg', root: 'api', include: ['**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, globalSetup: ['../scripts/lib/pg-api-global-setup.ts'] } },
      { test: { name: 'scripts', root: 'scripts', include: ['**/*.test.ts'], environment: 'node', testTimeout: 150_000, hookTimeout: 60_000 } },
      {
        plugins: [react()],
        test: { name: 'web', root: 'web', include: ['src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
