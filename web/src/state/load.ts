/** The life of one request's result, as the UI shows it. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

/** A result remembered together with the request it answers, so a stale answer is never shown. */
export interface Keyed<T> {
  key: string;
  load: Load<T>;
}
