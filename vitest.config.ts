import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'geodata', root: 'geodata', include: ['**/*.test.ts'], environment: 'node' } },
      { test: { name: 'api', root: 'api', include: ['**/*.test.ts'], environment: 'node' } },
      { test: { name: 'scripts', root: 'scripts', include: ['**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        plugins: [react()],
        test: { name: 'web', root: 'web', include: ['src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
