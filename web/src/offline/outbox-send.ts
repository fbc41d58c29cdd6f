import type { MoveProblemRequest, NewProblemRequest, ReportRequest } from '@wangge/geodata';
import { ApiRequestError } from '../api/client.ts';
import { OUTBOX_KINDS, OUTBOX_STATES, photoFile, type FileItem, type OutboxError, type OutboxItem } from './outbox-item.ts';

/** How the outbox reaches the server; each call names the county the write was made in. */
export interface OutboxTransport {
  file: (county: string | null, body: NewProblemRequest) => Promise<{ id: string; events: readonly { id: number; action: string }[] }>;
  addPhoto: (county: string | null, problemId: string, eventId: number | undefined, photo: File) => Promise<unknown>;
  move: (county: string | null, problemId: string, body: MoveProblemRequest, photos: readonly File[]) => Promise<unknown>;
  report: (county: string | null, body: ReportRequest, photos: readonly File[]) => Promise<unknown>;
}

/**
 * sent: the server has it (the first time or, after a lost answer, as a repeat);
 * wait: try again later and stop this round — no connection, the session ended, or the server is
 * busy or down; kept: the server refused it and the item now says why, for the user to decide.
 */
export type SendOutcome = { kind: 'sent' } | { kind: 'wait'; why: 'offline' | 'session' | 'server' } | { kind: 'kept'; item: OutboxItem };

type Verdict = { kind: 'wait'; why: 'offline' | 'session' | 'server' } | { kind: 'keep'; state: typeof OUTBOX_STATES.conflict | typeof OUTBOX_STATES.refused; error: OutboxError };

/** What a failed request means for the queue: anything that is not an answer from the server is a lost connection. */
export function verdictOf(err: unknown): Verdict {
  if (!(err instanceof ApiRequestError)) return { kind: 'wait', why: 'offline' };
  if (err.status === 401) return { kind: 'wait', why: 'session' };
  if (err.status === 408 || err.status === 429 || err.status >= 500) return { kind: 'wait', why: 'server' };
  const error = { status: err.status, code: err.code, message: err.message, details: err.details ? { ...err.details } : null };
  return { kind: 'keep', state: err.status === 409 || err.status === 422 ? OUTBOX_STATES.conflict : OUTBOX_STATES.refused, error };
}

/**
 * Sends one item. A filing goes in steps — the problem, then its photos one by one — and `save`
 * records each step done, so a connection lost halfway resumes where it stopped; the filing itself is
 * safe to send again (its clientId), so a lost answer never files it twice.
 */
export async function sendItem(item: OutboxItem, transport: OutboxTransport, save: (item: OutboxItem) => Promise<void>): Promise<SendOutcome> {
  let current = item;
  try {
    const photos = item.photos.map(photoFile);
    if (item.kind === OUTBOX_KINDS.step) await transport.move(item.county, item.problemId, item.body, photos);
    else if (item.kind === OUTBOX_KINDS.report) await transport.report(item.county, item.body, photos);
    else await sendFiling(item, transport, save, (next) => (current = next));
    return { kind: 'sent' };
  } catch (err) {
    const verdict = verdictOf(err);
    if (verdict.kind === 'wait') return verdict;
    const kept = { ...current, state: verdict.state, error: verdict.error };
    await save(kept);
    return { kind: 'kept', item: kept };
  }
}

async function sendFiling(item: FileItem, transport: OutboxTransport, save: (item: OutboxItem) => Promise<void>, track: (item: FileItem) => void) {
  let current = item;
  const step = async (next: FileItem) => {
    current = next;
    track(next);
    await save(next);
  };
  if (!current.filed) {
    const filed = await transport.file(item.county, item.body);
    await step({ ...current, filed: { id: filed.id, eventId: filed.events.find((e) => e.action === 'file')?.id } });
  }
  const { filed } = current;
  if (!filed) return;
  for (let i = current.photosSent; i < item.photos.length; i++) {
    await transport.addPhoto(item.county, filed.id, filed.eventId, photoFile(item.photos[i]));
    await step({ ...current, photosSent: i + 1 });
  }
}
