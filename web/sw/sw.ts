/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { API_CACHE, CACHED_API, CACHE_MESSAGE, cacheKey } from './cache-rules.ts';
import { answerBasemap, BASEMAP_ARCHIVE } from './basemap-cache.ts';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

// the app shell: every built file, so the app opens with no connection
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/print/] }));

/** Tells the open pages that an answer came from the cache, and from when (the server's Date header). */
const sayCached = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) => {
    if (cachedResponse) {
      const at = Date.parse(cachedResponse.headers.get('date') ?? '');
      for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: CACHE_MESSAGE, url: request.url, at: Number.isFinite(at) ? at : null });
    }
    return cachedResponse ?? null;
  },
};

/** Stores and finds answers under their normalised key (cache-rules.ts). */
const normalisedKey = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => cacheKey(new URL(request.url)),
};

// the county's data and the user's own problems: fresh when the server answers, the last answer when it does not
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && CACHED_API.some((re) => re.test(url.pathname)),
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 10,
    plugins: [normalisedKey, new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400 }), sayCached],
  }),
);

// a PMTiles basemap: read in ranges from the server, from a whole copy kept here when offline
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && BASEMAP_ARCHIVE.test(url.pathname),
  ({ request, event }) => answerBasemap(request, (p) => (event as ExtendableEvent).waitUntil(p)),
);

// another account's data must not be shown from the cache: logging in or out forgets it
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/api\/auth\/(login|logout)$/.test(url.pathname),
  async ({ request }) => {
    await caches.delete(API_CACHE);
    return fetch(request);
  },
  'POST',
);

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
