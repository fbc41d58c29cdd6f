import { useEffect } from 'react';
import { useScoreMap } from './assessment/map/score-map.store.ts';
import { Drawer } from './drawer/drawer.tsx';
import { AppHeader } from './header/app-header.tsx';
import { LOCALES, MESSAGES, translate, useLang, useT } from './i18n/lang.ts';
import { MAP_FEATURES } from './map-features.ts';
import { MapView } from './map/map-view.tsx';
import { Legend } from './overlay/legend.tsx';
import { SidePanel } from './panel/side-panel.tsx';
import { ProblemPanel } from './problems/problem-panel.tsx';
import { ProblemTools } from './problems/problem-tools.tsx';
import { ChangePasswordDialog } from './session/change-password-dialog.tsx';
import { useSession } from './session/session.store.ts';
import { retryStart } from './state/controller.ts';
import { useData } from './state/data.store.ts';
import { useView } from './state/view.store.ts';

/** The page: header bar over a full-window map with the legend card, the inspect panel and the open task view on it. */
export function App() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const county = useData((s) => s.config?.county.name);
  const ready = useData((s) => s.config !== null);
  const error = useData((s) => s.baseError);
  const drawer = useView((s) => s.drawer);
  const mustChangePassword = useSession().me?.mustChangePassword === true;
  // a mock-assessment round's scores colour the map: the week's status key would misread them
  const scoresOnMap = useScoreMap((s) => s.roundId !== null) && drawer === 'assessment';

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
    const messages = MESSAGES[lang];
    document.title = county ? translate(messages, 'app.title', { county }) : translate(messages, 'app.name');
  }, [lang, county]);

  return (
    <div className="app">
      <AppHeader />
      <main className={drawer ? 'stage has-drawer' : 'stage'}>
        {ready && (
          <MapView features={MAP_FEATURES}>
            {!scoresOnMap && <Legend />}
            <ProblemTools />
          </MapView>
        )}
        <SidePanel />
        <Drawer />
        <ProblemPanel />
        {!ready && !error && <p className="stage-message">{t('app.loading')}</p>}
        {error && (
          <div className="stage-message" role="alert">
            <p>{t('app.loadFailed', { message: error })}</p>
            <button type="button" className="button" onClick={retryStart}>
              {t('app.retry')}
            </button>
          </div>
        )}
      </main>
      {mustChangePassword && <ChangePasswordDialog />}
    </div>
  );
}
