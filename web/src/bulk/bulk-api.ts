import type { BulkFormat, BulkKind, ImportPreview, ImportResult } from '@wangge/geodata';
import { sendJson } from '../api/client.ts';
import { withCounty } from '../api/county.ts';

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** GET /api/{units,rosters}/export and POST …/import (?dryRun=1 previews; ?digest= applies what the preview showed). */
export const bulkApi = {
  exportHref: (kind: BulkKind, format: BulkFormat) => withCounty(`/api/${kind}/export?format=${format}`),
  preview: (kind: BulkKind, file: File) => sendJson<ImportPreview>('POST', `/api/${kind}/import?dryRun=1`, fileForm(file)),
  apply: (kind: BulkKind, file: File, digest: string) => sendJson<ImportResult>('POST', `/api/${kind}/import?${new URLSearchParams({ digest })}`, fileForm(file)),
};
