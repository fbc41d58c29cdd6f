import { useData } from './data.store.ts';
import { usePanel } from './panel.store.ts';
import { startUrlSync } from './url-sync.ts';
import { useView } from './view.store.ts';

/**
 * Wires the stores together outside React: loads the base data, then lets the URL drive the view
 * and the view drive the fetches (status of the shown week, the panel's lookups).
 */
export async function startApp(): Promise<void> {
  await useData.getState().loadBase();
  const config = useData.getState().config;
  if (!config) return;

  startUrlSync(config.currentWeek);

  const follow = () => {
    const { week, selection } = useView.getState();
    if (week) void useData.getState().loadStatus(week);
    usePanel.getState().sync(selection, week);
  };
  useView.subscribe((s, prev) => {
    if (s.week !== prev.week || s.selection !== prev.selection) follow();
  });
  follow();
}

/** Retry after a failed first load (the button in the error banner). */
export function retryStart(): void {
  void startApp();
}
