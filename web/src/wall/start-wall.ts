import { useData } from '../state/data.store.ts';
import { NO_SELECTION } from '../state/url-state.ts';
import { useView } from '../state/view.store.ts';

/** Starts the wall outside React: the base data, then the running week on the map (its address stays as it is). */
export async function startWall(): Promise<void> {
  await useData.getState().loadBase();
  const config = useData.getState().config;
  if (!config) return;
  useView.getState().applyUrl({ week: config.currentWeek, selection: NO_SELECTION, overlays: { zones: false, problems: true }, drawer: null, problem: null }, { fly: false });
}
