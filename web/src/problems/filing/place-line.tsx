import { useEffect, useState } from 'react';
import type { LocateResponse } from '@wangge/geodata';
import { api, isAbort } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useT } from '../../i18n/lang.ts';
import type { Load } from '../../state/load.ts';
import type { LonLat } from '../../state/url-state.ts';
import { placeWords } from './place-words.ts';

const COORD_DECIMALS = 6;

/** The pin's place: grid code and name and community in words (looked up again as the pin moves), the coordinates small beneath. */
export function PlaceLine({ at }: { at: LonLat }) {
  const t = useT();
  const [load, setLoad] = useState<Load<LocateResponse>>({ state: 'loading' });
  const [lon, lat] = at;

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    api.locate(lon, lat, controller.signal).then(
      (data) => setLoad({ state: 'ready', data }),
      (err) => !isAbort(err) && setLoad({ state: 'error', message: errorMessage(err) }),
    );
    return () => controller.abort();
  }, [lon, lat]);

  return (
    <div className="filing-placed" aria-live="polite">
      <p className="filing-place-words">
        {load.state === 'ready' ? t('filing.placed', { place: placeWords(t, load.data) }) : load.state === 'loading' ? t('filing.placeLooking') : t('filing.placeUnknown', { message: load.message })}
      </p>
      <p className="filing-coords muted">
        {t('filing.placeCoords', { lon: lon.toFixed(COORD_DECIMALS), lat: lat.toFixed(COORD_DECIMALS) })}
      </p>
    </div>
  );
}
