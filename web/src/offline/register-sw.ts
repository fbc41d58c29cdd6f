import { CACHE_MESSAGE } from '../../sw/cache-rules.ts';
import { useOutbox } from './outbox.store.ts';

/**
 * Registers the service worker of the built app (none in development) and listens for what it
 * answered from its cache, so the page can say how old the data on screen is. A webview without
 * service workers still has the outbox; only the offline start is missing there.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; at?: number | null }>) => {
    if (event.data?.type !== CACHE_MESSAGE || typeof event.data.at !== 'number') return;
    const at = event.data.at;
    useOutbox.setState((s) => ({ cachedAt: s.cachedAt === null ? at : Math.min(s.cachedAt, at) }));
  });
  // back online: what is loaded from now on is fresh
  window.addEventListener('online', () => useOutbox.setState({ cachedAt: null }));
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}
