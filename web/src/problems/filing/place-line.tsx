import { useEffect, useState } from 'react';
import type { LocateResponse } from '@wangge/geodata';
import { api, ApiRequestError, isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import { useData } from '../../state/data.store.ts';
import type { Load } from '../../state/load.ts';
import type { LonLat } from '../../state/url-state.ts';
import { localPlace, type Place } from './local-place.ts';
import { placeWords } from './place-words.ts';

const COORD_DECIMALS = 6;

/** The pin's place: grid code and name and community in words (looked up again as the pin moves), the coordinates small beneath. */
export function PlaceLine({ at }: { at: LonLat }) {
  const t = useT();
  // `local`: the server could not be reached, so the place was worked out on the phone
  const [load, setLoad] = useState<Load<{ place: Place; local: boolean }>>({ state: 'loading' });
  const [lon, lat] = at;

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    api.locate(lon, lat, controller.signal).then(
      (data: LocateResponse) => setLoad({ state: 'ready', data: { place: data, local: false } }),
      (err: unknown) => {
        if (isAbort(err)) return;
        if (err instanceof ApiRequestError) return setLoad({ state: 'error', message: errorMessage(err) });
        const { grids, communities } = useData.getState();
        setLoad({ state: 'ready', data: { place: localPlace(grids, communities, lon, lat), local: true } });
      },
    );
    return () => controller.abort();
  }, [lon, lat]);

  return (
    <div className="filing-placed" aria-live="polite">
      <p className="filing-place-words">
        {load.state === 'ready'
          ? t(load.data.local ? 'filing.placedHere' : 'filing.placed', { place: placeWords(t, load.data.place) })
          : load.state === 'loading'
            ? t('filing.placeLooking')
            : t('filing.placeUnknown', { message: load.message })}
      </p>
      <p className="filing-coords muted">
        {t('filing.placeCoords', { lon: lon.toFixed(COORD_DECIMALS), lat: lat.toFixed(COORD_DECIMALS) })}
      </p>
    </div>
  );
}
