import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { pwa } from './web/sw/pwa-options.ts';
import { bundleModules } from './scripts/lib/vite-bundle-modules.ts';

const apiPort = process.env.PORT ?? '8080';
const page = (name: string) => fileURLToPath(new URL(`./web/${name}.html`, import.meta.url));

export default defineConfig({
  root: 'web',
  plugins: [react(), VitePWA(pwa), bundleModules(fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, ''))],
  // Lightning CSS (Vite's own dependency) resolves the custom media of web/src/theme/media.css, so each
  // breakpoint is written once: CSS cannot read a custom property inside @media
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // index.html is the app; print.html is the meeting-map sheet the exporter renders headless
      input: Object.fromEntries(['index', 'print'].filter((name) => existsSync(page(name))).map((name) => [name, page(name)])),
    },
  },
  server: {
    proxy: { '/api': `http://localhost:${apiPort}` },
  },
});
