import type { MoveProblemRequest, NewProblemRequest, ReportRequest } from '@wangge/geodata';

/** The writes the outbox keeps: the same three the server answers exactly once by `clientId`. */
export const OUTBOX_KINDS = { file: 'problem.file', step: 'problem.step', report: 'report.submit' } as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[keyof typeof OUTBOX_KINDS];

/**
 * queued: waits for a connection and this user's session; sending: on its way now;
 * conflict: the server refused it because things changed meanwhile (409/422: someone else moved the
 * problem, a newer report revision) — the user decides; refused: any other refusal (400/403/404/413),
 * kept until the user discards it. Nothing leaves the queue unless it arrived or the user let it go.
 */
export const OUTBOX_STATES = { queued: 'queued', sending: 'sending', conflict: 'conflict', refused: 'refused' } as const;
export type OutboxState = (typeof OUTBOX_STATES)[keyof typeof OUTBOX_STATES];

/** A photo as IndexedDB keeps it (bytes, not a File, which some webviews cannot store). */
export interface StoredPhoto {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export interface OutboxError {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown> | null;
}

interface ItemBase {
  /** the write's clientId: the key of the queue and the server's guard against doing it twice */
  id: string;
  /** the account that made it: only sent while that account is logged in */
  user: string;
  /** the county it was made in (`county=`), null for the API's default */
  county: string | null;
  createdAt: number;
  state: OutboxState;
  photos: StoredPhoto[];
  error: OutboxError | null;
}

export interface FileItem extends ItemBase {
  kind: typeof OUTBOX_KINDS.file;
  body: NewProblemRequest & { clientId: string };
  /** the GPS fix's accuracy in metres when the place came from the device's location */
  accuracy: number | null;
  /** set once the problem is on the server: the photos then follow one by one */
  filed: { id: string; eventId: number | undefined } | null;
  /** how many of `photos` the server already has */
  photosSent: number;
}

/** What the user saw of the problem a step is about, to name it in the queue. */
export interface ProblemGist {
  category: string;
  description: string;
}

export interface StepItem extends ItemBase {
  kind: typeof OUTBOX_KINDS.step;
  problemId: string;
  about: ProblemGist | null;
  body: MoveProblemRequest & { clientId: string };
}

export interface ReportItem extends ItemBase {
  kind: typeof OUTBOX_KINDS.report;
  body: ReportRequest & { clientId: string };
}

export type OutboxItem = FileItem | StepItem | ReportItem;

/** What a caller hands the outbox; the outbox adds the bookkeeping. */
export type NewOutboxItem =
  /** `filed`: the problem reached the server but these photos of it did not; only they go */
  | { kind: typeof OUTBOX_KINDS.file; body: FileItem['body']; accuracy: number | null; photos: readonly File[]; filed?: FileItem['filed'] }
  | { kind: typeof OUTBOX_KINDS.step; problemId: string; about: ProblemGist | null; body: StepItem['body']; photos: readonly File[] }
  | { kind: typeof OUTBOX_KINDS.report; body: ReportItem['body']; photos: readonly File[] };

export async function storePhoto(file: File): Promise<StoredPhoto> {
  return { name: file.name, type: file.type, bytes: await file.arrayBuffer() };
}

export function photoFile(photo: StoredPhoto): File {
  return new File([photo.bytes], photo.name, { type: photo.type });
}

/** The items a user may send now: theirs, waiting, oldest first (a step after the filing it may follow). */
export function sendable(items: readonly OutboxItem[], user: string): OutboxItem[] {
  return items.filter((i) => i.user === user && (i.state === OUTBOX_STATES.queued || i.state === OUTBOX_STATES.sending)).sort((a, b) => a.createdAt - b.createdAt);
}
