import { Hono, type Context } from 'hono';
import { BULK_FORMATS, IMPORT_MAX_BYTES, shanghaiDate, type Action, type BulkFormat, type BulkKind } from '@wangge/geodata';
import { guard, userOf, type AuthEnv } from '../auth/middleware.ts';
import { applyImport, previewImport, type UploadedFile } from '../bulk/bulk-import.ts';
import { exportTable } from '../bulk/bulk-export.ts';
import { HttpError, badRequest } from '../http/errors.ts';
import { streamLimit } from '../http/stream-limit.ts';
import type { AppDeps } from './context.ts';
import { dayParam } from './rosters.ts';

/** room for the multipart framing around the file */
const FORM_OVERHEAD = 64_000;

function formatParam(c: Context): BulkFormat {
  const format = c.req.query('format') ?? '';
  if (!(BULK_FORMATS as readonly string[]).includes(format)) throw badRequest(`format must be ${BULK_FORMATS.join(' or ')}`, 'bad_query', { field: 'format' });
  return format as BulkFormat;
}

async function uploaded(c: Context): Promise<UploadedFile> {
  const form = await c.req.formData().catch((err: unknown) => {
    // the body passed the size limit while it was read
    for (let e = err; e instanceof Error; e = e.cause) if (e instanceof HttpError) throw e;
    return null;
  });
  if (!form) throw badRequest('send the file as multipart/form-data in a field "file"', 'bad_multipart');
  const file = form.get('file');
  if (!file || typeof file === 'string') throw badRequest('send the file in a form field "file"', 'bad_field', { field: 'file' });
  return { name: file.name || 'file', bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Units and rosters in and out as .xlsx or CSV: GET /units/export · POST /units/import ·
 * GET /rosters/export?at= · POST /rosters/import. An import with ?dryRun=1 answers the preview;
 * without, it applies the file the preview with ?digest= showed.
 */
export function bulkRoutes({ store, clock }: AppDeps) {
  const app = new Hono<AuthEnv>();
  const limit = streamLimit(IMPORT_MAX_BYTES + FORM_OVERHEAD, () => new HttpError(413, 'too_large', `an import file may be at most ${IMPORT_MAX_BYTES} bytes`, { max: IMPORT_MAX_BYTES }));

  const routes = (kind: BulkKind, action: Action) => {
    app.get(`/${kind}/export`, guard(action), async (c) => {
      const now = clock();
      const out = await exportTable(store, kind, formatParam(c), kind === 'rosters' ? dayParam('at', c.req.query('at'), now) : shanghaiDate(now), now);
      return c.body(typeof out.body === 'string' ? out.body : new Uint8Array(out.body), 200, {
        'content-type': out.type,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
      });
    });
    app.post(`/${kind}/import`, guard(action), limit, async (c) => {
      const file = await uploaded(c);
      if (c.req.query('dryRun') === '1') return c.json(await previewImport(store, kind, file));
      const digest = c.req.query('digest');
      if (!digest) throw badRequest('applying an import needs the digest of its preview (or dryRun=1 to preview)', 'bad_query', { field: 'digest' });
      return c.json(await applyImport(store, kind, file, digest, userOf(c).id, clock()));
    });
  };
  routes('units', 'units.manage');
  routes('rosters', 'roster.manage');
  return app;
}
