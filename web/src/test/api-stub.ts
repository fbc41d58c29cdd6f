import { vi } from 'vitest';

/** A request the stubbed fetch saw. */
export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

type Answer = Response | Promise<Response>;

/** A JSON answer, as the API gives it. */
export const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An API error answer: `{ error: { code, message } }`. */
export const apiError = (status: number, code: string, message: string, details?: unknown): Response => json(status, { error: { code, message, ...(details === undefined ? {} : { details }) } });

/**
 * Stubs the global fetch with `answer`, which gets each request's method and path (with its query);
 * returns the requests seen, in order. Remove with vi.unstubAllGlobals().
 */
export function stubApi(answer: (method: string, path: string) => Answer): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const path = String(input);
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : (init?.body ?? null);
      seen.push({ method, path, body });
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return answer(method, path);
    }),
  );
  return seen;
}

/** A promise with its resolve exposed, to answer a request when a test says so. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Puts stores back as they started, for the next test. */
export function snapshotStores(...stores: { getState: () => object; setState: (state: never, replace: true) => void }[]): () => void {
  const initial = stores.map((s) => s.getState());
  return () => stores.forEach((s, i) => s.setState(initial[i] as never, true));
}
