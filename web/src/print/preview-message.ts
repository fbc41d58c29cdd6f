/**
 * Messages between the export dialog and its preview (an iframe of print.html?preview=1, same
 * origin). The dialog sends the title as it is typed, so the heading changes at once without the
 * map being drawn again; the preview says when it listens, when it is drawn, and when it failed.
 */
export const PREVIEW_MESSAGE = 'wangge-print-preview';

export type PreviewState = 'listening' | 'ready' | 'error';

export interface PreviewTitleMessage {
  type: typeof PREVIEW_MESSAGE;
  /** null: the default title for the kind and week */
  title: string | null;
}

export interface PreviewStateMessage {
  type: typeof PREVIEW_MESSAGE;
  state: PreviewState;
}

export function previewTitleMessage(title: string): PreviewTitleMessage {
  return { type: PREVIEW_MESSAGE, title: title.trim() || null };
}

const ours = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PREVIEW_MESSAGE;

/** The title a message carries; undefined when it is not a title message of ours. */
export function readPreviewTitle(data: unknown): string | null | undefined {
  if (!ours(data) || !('title' in data)) return undefined;
  return typeof data.title === 'string' ? data.title.trim().slice(0, 120) || null : null;
}

export function readPreviewState(data: unknown): PreviewState | undefined {
  if (!ours(data)) return undefined;
  return data.state === 'listening' || data.state === 'ready' || data.state === 'error' ? data.state : undefined;
}

/** Tells the dialog around a preview how it is going (nothing when the page is not in a frame). */
export function postPreviewState(state: PreviewState): void {
  if (window.parent === window) return;
  const message: PreviewStateMessage = { type: PREVIEW_MESSAGE, state };
  window.parent.postMessage(message, location.origin);
}
