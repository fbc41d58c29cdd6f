import type { ChecklistItem } from '@wangge/geodata';
import { ApiRequestError } from '../../api/client.ts';

/** A refusal naming checklist items by id (photo_required, missing_items, unknown_item) made to name them by their text, as the inspector reads them. */
export function withItemTexts(err: unknown, items: readonly ChecklistItem[]): unknown {
  const named = err instanceof ApiRequestError ? err.details?.items : undefined;
  if (!(err instanceof ApiRequestError) || !Array.isArray(named)) return err;
  const text = new Map(items.map((i) => [i.id, i.text]));
  const details = { ...err.details, items: named.map((id) => text.get(String(id)) ?? String(id)) };
  return new ApiRequestError(err.status, err.code, err.message, err.retryAfter, details);
}
