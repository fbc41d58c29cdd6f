import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app: its manifest and the service worker (web/sw/sw.ts, built by vite-plugin-pwa
 * with Workbox) that keeps the app shell and the last county data for use without a connection.
 * The page registers the worker itself after the map is up (web/src/offline/start-offline.ts).
 */
export const pwa: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: 'sw',
  filename: 'sw.ts',
  injectRegister: false,
  manifest: {
    id: '/',
    name: '网格 · 城市网格化管理',
    short_name: '网格',
    description: '网格化管理：网格地图、周报、问题上报与处置，离线也能用。',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#1f2933',
    theme_color: '#1f2933',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    // the meeting-map sheet is rendered on the server, never offline
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['print.html', 'assets/print-*'],
    // the map engine's chunk is over a megabyte and the map is nothing without it
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
};
