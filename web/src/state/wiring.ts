import { useAccountability } from '../accountability/accountability.store.ts';
import { setUnauthorizedHandler } from '../api/client.ts';
import { useCity } from '../counties/city.store.ts';
import { useCounties } from '../counties/counties.store.ts';
import { homeDrawer } from '../drawer/drawer-access.ts';
import { outbox } from '../offline/outbox.ts';
import { useProblemCard } from '../problems/card.store.ts';
import { useFiling } from '../problems/filing.store.ts';
import { useProblemList } from '../problems/list.store.ts';
import { usePins } from '../problems/pins.store.ts';
import { useProblemQuery } from '../problems/query.store.ts';
import { useReports } from '../reports/reports.store.ts';
import { useSessionStore } from '../session/session.store.ts';
import { useData } from './data.store.ts';
import { usePanel } from './panel.store.ts';
import { useView } from './view.store.ts';
import { useWeekLayout } from '../week/week-layout.store.ts';

/**
 * How the stores react to one another, all in one place. Each store keeps its own state and
 * actions; what a change in one sets off in the others is written here, cause by cause. (The map
 * follows the stores through its features, map-features.ts; the address bar through url-sync.ts.)
 * Returns what undoes the wiring.
 */
export function wireStores(): () => void {
  // any request answering 401: the session expired, or was ended elsewhere
  setUnauthorizedHandler(() => useSessionStore.getState().expire());

  const offs = [
    useSessionStore.subscribe((s, prev) => {
      if (s.me?.username === prev.me?.username) return;
      // an account bound to a county works in it
      if (s.me?.countyId) useCounties.getState().choose(s.me.countyId);
      // another user, or nobody: what the last one loaded and chose is not theirs
      useAccountability.getState().clear();
      useReports.getState().clear();
      useProblemList.getState().forgetUser(prev.me?.unitId ?? null);
      // the city overview is for city-wide accounts, opened by one
      useCity.getState().hide();
      // an account's own writes queued offline go as soon as it is back (another's stay queued)
      if (s.me) void outbox.sync();
      // filing a problem needs a login
      if (!s.me) useFiling.getState().cancel();
      // logged in just now (not a session found at start): open what the role logs in to do
      if (s.me && prev.state === 'out') {
        const home = homeDrawer(s.me.role);
        const view = useView.getState();
        if (home && !view.drawer) view.openDrawer(home);
      }
    }),

    useView.subscribe((s, prev) => {
      // a week or a selection: that week's status for the map, what the panel shows of the selection
      if (s.week !== prev.week || s.selection !== prev.selection) {
        if (s.week) {
          void useData.getState().loadStatus(s.week);
          void useWeekLayout.getState().load(s.week);
        }
        usePanel.getState().sync(s.selection, s.week);
      }
      // a problem named by a link or Back/Forward opens its card, and the camera goes there too
      if (s.problem !== prev.problem) useProblemCard.getState().follow(s.problem, { fly: s.lastChange === 'url' });
    }),

    useCounties.subscribe((s, prev) => {
      if (s.current === prev.current || prev.current === null) return;
      // another county: nothing chosen or loaded in the last one applies; its map loads in place
      useAccountability.getState().clear();
      useReports.getState().clear();
      useView.getState().clearSelection();
      void useData.getState().reset().then(() => {
        const week = useView.getState().week;
        if (week) void useData.getState().loadStatus(week);
      });
      usePins.getState().reload();
      useProblemList.getState().reload({ fromStart: true });
    }),

    useData.subscribe((s, prev) => {
      if (s.grids === prev.grids || !prev.grids) return;
      // grids were saved: the running week's layout (and the next ones') may have changed
      useWeekLayout.getState().reset();
      const week = useView.getState().week;
      if (week) void useWeekLayout.getState().load(week);
    }),

    useProblemQuery.subscribe((s, prev) => {
      if (s.filter === prev.filter && s.revision === prev.revision) return;
      // every view of the problems asks again: the map's pins, and the list (from its first page for a new filter)
      usePins.getState().reload();
      useProblemList.getState().reload({ fromStart: s.filter !== prev.filter });
    }),
  ];

  return () => {
    setUnauthorizedHandler(null);
    for (const off of offs) off();
  };
}
