import { checkWeek } from '@wangge/geodata';
import type { PrintLang } from './i18n/index.ts';

/** The sheet's paper in millimetres (landscape: long side across). Mirrors api/src/export/print-options.ts. */
export const PAPER_MM = { A4: { long: 297, short: 210 }, A3: { long: 420, short: 297 } } as const;
export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'landscape' | 'portrait';
export type PrintKind = 'status' | 'coverage' | 'problems';
export type PrintOverlay = 'problems' | 'zones';

export interface PrintParams {
  /** null: the server's current week */
  week: string | null;
  kind: PrintKind;
  paper: Paper;
  orientation: Orientation;
  title: string | null;
  lang: PrintLang;
  /** null: the whole county on one sheet; 'all': one sheet per gridded community; else one community's id */
  community: string | null;
  /** the map canvas's device pixels per CSS pixel; null: the browser's (PNG exports set the device scale) */
  pixelRatio: number | null;
  /** drawn over the map whatever its kind: problem pins, 专项责任区 outlines */
  overlays: PrintOverlay[];
}

export type ParamsCheck = { ok: true; params: PrintParams } | { ok: false; message: string; lang: PrintLang };

function pick<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T | { bad: string } {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  return (allowed as readonly string[]).includes(v) ? (v as T) : { bad: `${name} "${v}" is not one of ${allowed.join(', ')}` };
}

/** Reads the print page's query; a bad value is an error the page reports (data-error), never a guess. */
export function parsePrintParams(search: string): ParamsCheck {
  const q = new URLSearchParams(search);
  const lang = q.get('lang') === 'en' ? 'en' : 'zh';
  const fail = (message: string): ParamsCheck => ({ ok: false, message, lang });
  const kind = pick(q, 'kind', ['status', 'coverage', 'problems'] as const, 'status');
  const paper = pick(q, 'paper', ['A4', 'A3'] as const, 'A4');
  const orientation = pick(q, 'orientation', ['landscape', 'portrait'] as const, 'landscape');
  for (const v of [kind, paper, orientation]) if (typeof v === 'object') return fail(v.bad);
  const weekParam = q.get('week');
  let week: string | null = null;
  if (weekParam) {
    const w = checkWeek(weekParam);
    if (!w.ok) return fail(w.message);
    week = w.week;
  }
  const community = q.get('community') || null;
  if (community !== null && !/^[\w-]{1,64}$/.test(community)) return fail(`community "${community}" is not a community id`);
  const layers = (q.get('layers') ?? '').split(',').filter(Boolean);
  const unknown = layers.filter((l) => l !== 'problems' && l !== 'zones');
  if (unknown.length) return fail(`layers has unknown values: ${unknown.join(', ')}`);
  const dpr = q.get('dpr');
  const pixelRatio = dpr ? Number(dpr) : null;
  if (pixelRatio !== null && !(pixelRatio >= 1 && pixelRatio <= 6)) return fail(`dpr "${dpr}" must be a number from 1 to 6`);
  return {
    ok: true,
    params: {
      week,
      kind: kind as PrintKind,
      paper: paper as Paper,
      orientation: orientation as Orientation,
      title: q.get('title')?.trim() || null,
      lang,
      community,
      pixelRatio,
      overlays: (['problems', 'zones'] as const).filter((o) => layers.includes(o)),
    },
  };
}

export function sheetMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const { long, short } = PAPER_MM[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}
