import { useCounties } from '../counties/counties.store.ts';
import { useData } from './data.store.ts';
import { startUrlSync } from './url-sync.ts';

/**
 * Starts the app outside React: loads the base data, then lets the URL drive the view. What the
 * view then fetches (the week's status, the panel's lookups) is wired in wiring.ts.
 */
export async function startApp(): Promise<void> {
  // which county the app shows decides every request after this one
  await useCounties.getState().load().catch(() => undefined);
  await useData.getState().loadBase();
  const config = useData.getState().config;
  if (!config) return;
  startUrlSync(config.currentWeek, config.firstWeek);
}

/** Retry after a failed first load (the button in the error banner). */
export function retryStart(): void {
  void startApp();
}
