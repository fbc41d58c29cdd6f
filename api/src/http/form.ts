import type { Context } from 'hono';
import { badRequest } from './errors.ts';
import { jsonObject } from './body.ts';

export interface FormFile {
  /** the file name sent, or "<field> N" when none was */
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads a multipart/form-data body that carries a JSON object in one text field and files in
 * another (e.g. a report in "data" and its photos in "photo"). Any other field is refused by
 * name, so a misspelt one is not silently dropped.
 */
export async function jsonWithFiles(c: Context, dataField: string, fileField: string): Promise<{ data: Record<string, unknown>; files: FormFile[] }> {
  const form = await c.req.formData().catch(() => null);
  if (!form) throw badRequest('the multipart/form-data body could not be read', 'bad_multipart');
  const keys = new Set<string>();
  form.forEach((_, key) => keys.add(key));
  for (const key of keys) {
    if (key !== dataField && key !== fileField) throw badRequest(`unknown form field "${key}": send the JSON in "${dataField}" and each file in "${fileField}"`, 'bad_field');
  }
  const data = form.getAll(dataField);
  if (data.length !== 1) throw badRequest(`send the JSON in exactly one form field "${dataField}" (${data.length} sent)`, 'bad_field');
  const text = typeof data[0] === 'string' ? data[0] : await data[0].text();
  const files: FormFile[] = [];
  for (const [i, f] of form.getAll(fileField).entries()) {
    if (typeof f === 'string') throw badRequest(`form field "${fileField}" ${i + 1} is text, not a file`, 'bad_field');
    files.push({ name: f.name && f.name !== 'blob' ? f.name : `${fileField} ${i + 1}`, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return { data: jsonObject(text, `form field "${dataField}"`), files };
}
