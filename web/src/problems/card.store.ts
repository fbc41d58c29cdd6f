import { create } from 'zustand';
import type { MoveProblemRequest, ProblemDetailResponse, ProblemStatus } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { newClientId } from '../offline/client-id.ts';
import { OUTBOX_KINDS } from '../offline/outbox-item.ts';
import { isNetworkError, queueWrite } from '../offline/queue-write.ts';
import type { Keyed } from '../state/load.ts';
import { useView } from '../state/view.store.ts';
import { useProblemCamera } from './camera.store.ts';
import { problemsApi } from './problems-api.ts';
import { useProblemQuery } from './query.store.ts';

interface CardStore {
  /** the problem whose card is open */
  detail: Keyed<ProblemDetailResponse> | null;
  /** set right after this user filed it: the card then says where it was routed */
  justFiled: boolean;
  /** a step or upload is being sent */
  busy: boolean;
  /** what the server answered when the last step failed: its code (said in the user's language when known) and message */
  actionError: { code: string; message: string } | null;
  /** which photo failed to upload, and why (the step or filing itself went through) */
  photoError: string | null;
  /** photos of a filing that lost the connection on their way: they wait in the outbox */
  photosQueued: number;
  /** `fly` moves the camera to its pin (opened from a list, not from the map) */
  open: (id: string, opts?: { fly?: boolean }) => Promise<void>;
  /** shows a problem the server just answered with (after filing), without asking again */
  show: (detail: ProblemDetailResponse, opts: { justFiled: boolean; photoError?: string | null; photosQueued?: number }) => void;
  close: () => void;
  /** the view names another problem (a link, Back/Forward) or none: open that card, or clear this one */
  follow: (id: string | null, opts: { fly: boolean }) => void;
  /** sends a step (or a note) with its photos in one request; true once it went through */
  take: (body: MoveProblemRequest, photos: readonly File[]) => Promise<boolean>;
}

/** Uploads photos one by one as the documents of one step: how many went, and what stopped the rest (null: none did). */
export async function uploadAll(id: string, eventId: number | undefined, photos: readonly File[]): Promise<{ sent: number; error: unknown }> {
  for (const [sent, photo] of photos.entries()) {
    try {
      await problemsApi.addPhoto(id, eventId, photo);
    } catch (error) {
      return { sent, error };
    }
  }
  return { sent: photos.length, error: null };
}

/**
 * The open problem card: its detail, and the workflow steps taken from it. Which problem is open is
 * part of the view (`problem=` in the URL): opening and closing go through the view store, and a
 * link or Back/Forward opens the card it names.
 */
export const useProblemCard = create<CardStore>((set, get) => {
  const current = () => {
    const d = get().detail;
    return d?.load.state === 'ready' ? d.load.data : null;
  };
  const reload = async (id: string) => {
    const data = await problemsApi.detail(id);
    if (get().detail?.key === id) set({ detail: { key: id, load: { state: 'ready', data } } });
    return data;
  };

  return {
    detail: null,
    justFiled: false,
    busy: false,
    actionError: null,
    photoError: null,
    photosQueued: 0,
    open: async (id, opts) => {
      set({ detail: { key: id, load: { state: 'loading' } }, justFiled: false, actionError: null, photoError: null, photosQueued: 0 });
      useView.getState().openProblem(id);
      try {
        const data = await reload(id);
        if (opts?.fly && get().detail?.key === id) useProblemCamera.getState().flyTo([data.lon, data.lat]);
      } catch (err) {
        if (get().detail?.key === id) set({ detail: { key: id, load: { state: 'error', message: errorMessage(err) } } });
      }
    },
    show: (data, { justFiled, photoError = null, photosQueued = 0 }) => {
      set({ detail: { key: data.id, load: { state: 'ready', data } }, justFiled, actionError: null, photoError, photosQueued, busy: false });
      useView.getState().openProblem(data.id);
    },
    close: () => {
      set({ detail: null, justFiled: false, actionError: null, photoError: null, photosQueued: 0 });
      useView.getState().openProblem(null);
    },
    follow: (id, { fly }) => {
      if (id === (get().detail?.key ?? null)) return;
      if (id === null) set({ detail: null, justFiled: false, actionError: null, photoError: null, photosQueued: 0 });
      else void get().open(id, { fly });
    },
    take: async (body, photos) => {
      const problem = current();
      if (!problem || get().busy) return false;
      set({ busy: true, actionError: null, photoError: null });
      const step = { ...body, clientId: newClientId() };
      try {
        const data = await problemsApi.move(problem.id, step, photos);
        if (get().detail?.key === problem.id) set({ detail: { key: data.id, load: { state: 'ready', data } }, justFiled: false });
        set({ busy: false });
        useProblemQuery.getState().changed();
        return true;
      } catch (err) {
        // no connection: the step waits in the outbox; the server says later whether it still applies
        if (isNetworkError(err) && (await queueWrite({ kind: OUTBOX_KINDS.step, problemId: problem.id, about: problem, body: step, photos }))) {
          set({ busy: false });
          return true;
        }
        set({ busy: false, actionError: err instanceof ApiRequestError ? { code: err.code, message: err.message } : { code: 'http', message: errorMessage(err) } });
        // someone else moved it meanwhile: show where it is now
        if (err instanceof ApiRequestError && err.status === 409) void reload(problem.id).catch(() => undefined);
        return false;
      }
    },
  };
});
