import { startOutbox } from './outbox.ts';
import { registerServiceWorker } from './register-sw.ts';

/** Everything offline work needs, started after the first paint: the outbox and the service worker. */
export function startOffline(): void {
  startOutbox();
  registerServiceWorker();
}
