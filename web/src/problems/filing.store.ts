import { create } from 'zustand';
import type { ProblemCategory } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import type { Keyed } from '../state/load.ts';
import { newClientId } from '../offline/client-id.ts';
import { OUTBOX_KINDS } from '../offline/outbox-item.ts';
import { isNetworkError, queueWrite } from '../offline/queue-write.ts';
import type { LonLat } from '../state/url-state.ts';
import { uploadAll, useProblemCard } from './card.store.ts';
import { problemsApi, type NearbyProblem } from './problems-api.ts';
import { useProblemQuery } from './query.store.ts';

/** Waits for the user to stop moving the pin or changing the category before asking for duplicates. */
const NEARBY_DELAY_MS = 250;

interface FilingStore {
  active: boolean;
  at: LonLat | null;
  /** metres: how far the device's location fix may be off (null when the place was clicked on the map) */
  accuracy: number | null;
  category: ProblemCategory | null;
  description: string;
  photos: File[];
  /** open problems of the category within 50 m of the pin: likely the same one */
  nearby: Keyed<NearbyProblem[]> | null;
  submitting: boolean;
  error: string | null;
  start: () => void;
  cancel: () => void;
  /** puts the pin here when filing; false (and nothing done) otherwise */
  place: (at: LonLat, accuracy?: number) => boolean;
  edit: (patch: Partial<Pick<FilingStore, 'category' | 'description' | 'photos'>>) => void;
  submit: () => Promise<void>;
}

const BLANK = { at: null, accuracy: null, category: null, description: '', photos: [], nearby: null, submitting: false, error: null } as const;

/** The "上报问题" mode: a draft pin, the form beside it, and the duplicate check. */
export const useFiling = create<FilingStore>((set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;

  const checkNearby = () => {
    clearTimeout(timer);
    inFlight?.abort();
    const { at, category } = get();
    if (!at || !category) {
      set({ nearby: null });
      return;
    }
    const key = `${at[0]},${at[1]},${category}`;
    set({ nearby: { key, load: { state: 'loading' } } });
    timer = setTimeout(async () => {
      const controller = (inFlight = new AbortController());
      try {
        const data = await problemsApi.nearby(at[0], at[1], category, controller.signal);
        if (get().nearby?.key === key) set({ nearby: { key, load: { state: 'ready', data } } });
      } catch (err) {
        if (!isAbort(err) && get().nearby?.key === key) set({ nearby: { key, load: { state: 'error', message: errorMessage(err) } } });
      }
    }, NEARBY_DELAY_MS);
  };

  return {
    active: false,
    ...BLANK,
    photos: [],
    start: () => {
      useProblemCard.getState().close();
      set({ active: true, ...BLANK, photos: [] });
    },
    cancel: () => {
      clearTimeout(timer);
      inFlight?.abort();
      set({ active: false, ...BLANK, photos: [] });
    },
    place: (at, accuracy) => {
      if (!get().active) return false;
      set({ at, accuracy: accuracy ?? null, error: null });
      checkNearby();
      return true;
    },
    edit: (patch) => {
      set({ ...patch, error: null });
      if ('category' in patch) checkNearby();
    },
    submit: async () => {
      const { at, category, description, photos, submitting } = get();
      if (submitting || !at || !category || !description.trim()) return;
      set({ submitting: true, error: null });
      const { accuracy } = get();
      const body = { lon: at[0], lat: at[1], category, description: description.trim(), clientId: newClientId(), ...(accuracy !== null && { accuracy }) };
      try {
        const filed = await problemsApi.file(body);
        const eventId = filed.events.find((e) => e.action === 'file')?.id;
        const upload = await uploadAll(filed.id, eventId, photos);
        let photoError: string | null = null;
        let photosQueued = 0;
        if (upload.error !== null) {
          // the connection went between the filing and its photos: the rest follow from the outbox
          const rest = photos.slice(upload.sent);
          if (isNetworkError(upload.error) && (await queueWrite({ kind: OUTBOX_KINDS.file, body, accuracy, photos: rest, filed: { id: filed.id, eventId } }))) photosQueued = rest.length;
          else photoError = `${photos[upload.sent].name}: ${errorMessage(upload.error)}`;
        }
        const shown = upload.sent > 0 ? await problemsApi.detail(filed.id).catch(() => filed) : filed;
        get().cancel();
        useProblemCard.getState().show(shown, { justFiled: true, photoError, photosQueued });
        useProblemQuery.getState().changed();
      } catch (err) {
        // no connection: the filing waits in the outbox with its photos and the GPS fix's accuracy
        if (isNetworkError(err) && (await queueWrite({ kind: OUTBOX_KINDS.file, body, accuracy, photos }))) return get().cancel();
        set({ submitting: false, error: errorMessage(err) });
      }
    },
  };
});
