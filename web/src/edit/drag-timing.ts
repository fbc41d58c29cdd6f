/** One frame of a vertex drag: the edit itself, the coverage re-check, and everything up to the map's setData calls. */
export interface DragFrame {
  editMs: number;
  checkMs: number;
  totalMs: number;
}

const KEEP = 240;
const frames: DragFrame[] = [];

/**
 * Timings of recent drag frames, so the frame budget can be measured in a real browser (the e2e
 * suite prints them; see the report in e2e/edit.spec.ts). Also marked as performance measures.
 */
export function recordDragFrame(start: number, edited: number, checkMs: number, end: number): void {
  frames.push({ editMs: edited - start, checkMs, totalMs: end - start });
  if (frames.length > KEEP) frames.shift();
  performance.measure('wangge:edit-drag', { start, end, detail: { checkMs } });
}

export function dragFrames(): readonly DragFrame[] {
  return frames;
}

declare global {
  interface Window {
    /** set only under WebDriver: the drag frames measured so far */
    __wanggeDragFrames?: () => readonly DragFrame[];
  }
}

if (typeof navigator !== 'undefined' && navigator.webdriver) window.__wanggeDragFrames = dragFrames;
