import type { AssessmentResult, ChecklistItem, ResultInput, ResultResponse } from '@wangge/geodata';

/** What the inspector has ticked, typed and picked for one item so far. */
export interface ItemDraft {
  result: AssessmentResult | null;
  note: string;
  photos: File[];
}

/** The form for one point: each checklist item's draft by item id. */
export type PointDraft = Readonly<Record<string, ItemDraft>>;

export const EMPTY_ITEM: ItemDraft = { result: null, note: '', photos: [] };

export function itemDraft(draft: PointDraft, itemId: string): ItemDraft {
  return draft[itemId] ?? EMPTY_ITEM;
}

/** What keeps the form from being sent: items not ticked yet, and items that need a photo and have none. */
export interface DraftGaps {
  unscored: string[];
  photoMissing: string[];
}

/**
 * The gaps, in checklist order. A photo counts as there when picked now or already on the server for
 * this point in this round (`photosOnFile`), as the server takes either.
 */
export function draftGaps(items: readonly ChecklistItem[], draft: PointDraft, photosOnFile: ReadonlySet<string> = new Set()): DraftGaps {
  const unscored = items.filter((i) => itemDraft(draft, i.id).result === null).map((i) => i.id);
  const photoMissing = items.filter((i) => i.needsPhoto && itemDraft(draft, i.id).photos.length === 0 && !photosOnFile.has(i.id)).map((i) => i.id);
  return { unscored, photoMissing };
}

/** The request for POST /api/assessment/rounds/:id/results: plain JSON, or multipart when photos go with it. */
export type Submission = { kind: 'json'; body: ResultInput } | { kind: 'multipart'; body: FormData };

/**
 * Builds the submission from the form, items in checklist order, notes trimmed (an empty note sent
 * as null), each item's photos as `photo.<itemId>`. Throws when an item is not ticked: check
 * `draftGaps` first.
 */
export function buildSubmission(pointId: string, items: readonly ChecklistItem[], draft: PointDraft): Submission {
  const input: ResultInput = {
    pointId,
    items: items.map((i) => {
      const d = itemDraft(draft, i.id);
      if (d.result === null) throw new Error(`item ${i.id} is not scored`);
      const note = d.note.trim();
      return { itemId: i.id, result: d.result, note: note === '' ? null : note };
    }),
  };
  const photos = items.flatMap((i) => itemDraft(draft, i.id).photos.map((file) => [i.id, file] as const));
  if (photos.length === 0) return { kind: 'json', body: input };
  const form = new FormData();
  form.set('data', JSON.stringify(input));
  for (const [itemId, file] of photos) form.append(`photo.${itemId}`, file, file.name);
  return { kind: 'multipart', body: form };
}

/** The form as a point's last submission left it (photos stay on the server; none picked anew). */
export function draftFrom(previous: ResultResponse | undefined): PointDraft {
  const draft: Record<string, ItemDraft> = {};
  for (const r of previous?.items ?? []) draft[r.itemId] = { result: r.result, note: r.note ?? '', photos: [] };
  return draft;
}

/** The items of a point's last submission that already have a photo on the server. */
export function photosOnFile(previous: ResultResponse | undefined): Set<string> {
  return new Set((previous?.items ?? []).filter((r) => r.photoIds.length > 0).map((r) => r.itemId));
}
