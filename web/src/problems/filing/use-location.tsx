import { useState } from 'react';
import { useT } from '../../i18n/lang.ts';
import { useProblemCamera } from '../camera.store.ts';
import { useFiling } from '../filing.store.ts';

/** "Use my location" for inspectors on a phone; shown only where the browser can locate. */
export function UseLocationButton() {
  const t = useT();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;

  const locate = () => {
    setState({ busy: true, error: null });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState({ busy: false, error: null });
        const at = [pos.coords.longitude, pos.coords.latitude] as const;
        if (useFiling.getState().place(at, pos.coords.accuracy)) useProblemCamera.getState().flyTo(at);
      },
      // the browser's own message is in its language, not the page's: say it from the code
      (err) => setState({ busy: false, error: t(err.code === err.PERMISSION_DENIED ? 'filing.locationDenied' : err.code === err.TIMEOUT ? 'filing.locationTimeout' : 'filing.locationUnavailable') }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  };
  return (
    <>
      <button type="button" className="button use-location" onClick={locate} disabled={state.busy}>
        {state.busy ? t('filing.locating') : t('filing.useLocation')}
      </button>
      {state.error && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
    </>
  );
}
