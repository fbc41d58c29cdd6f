import { useEffect, useState } from 'react';
import type { WallResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { LOCALES, useLang, useT } from '../i18n/lang.ts';
import { MAP_FEATURES } from '../map-features.ts';
import { MapView } from '../map/map-view.tsx';
import { Legend } from '../overlay/legend.tsx';
import { useServerNow } from '../reports/server-now.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { fetchWall, wallToken } from './wall-api.ts';
import { WallCountdown, WallFigures } from './wall-figures.tsx';
import './wall.css';

/** How often the wall reads its figures and the map's status again. */
export const WALL_REFRESH_MS = 60_000;

/** `view=wall`: the 创文办's screen — the status map and the week's figures, refreshing itself, no login with a display token. */
export function WallApp() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const county = useData((s) => s.config?.county.name);
  const ready = useData((s) => s.config !== null);
  const now = useServerNow(1_000);
  const [wall, setWall] = useState<WallResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang];
  }, [lang]);

  useEffect(() => {
    if (!ready) return;
    const token = wallToken(window.location.search);
    const refresh = async () => {
      try {
        const next = await fetchWall(token);
        setWall(next);
        setError(null);
        // a new week began: the map follows it
        useView.getState().setWeek(next.week);
        await useData.getState().reloadStatus(next.week);
      } catch (err) {
        setError(errorMessage(err));
      }
    };
    void refresh();
    const id = setInterval(() => void refresh(), WALL_REFRESH_MS);
    return () => clearInterval(id);
  }, [ready]);

  return (
    <div className="wall">
      <header className="wall-head">
        <h1>{t('wall.title', { county: county ?? '' })}</h1>
        {wall && <WallCountdown dueAt={wall.dueAt} now={now} />}
        <span className="wall-clock">{new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(now)}</span>
      </header>
      <main className="wall-stage">
        {ready && (
          <MapView features={MAP_FEATURES}>
            <Legend />
          </MapView>
        )}
        {wall && <WallFigures wall={wall} />}
        {error && (
          <p className="wall-error" role="alert">
            {t('wall.failed', { message: error })}
          </p>
        )}
      </main>
    </div>
  );
}
