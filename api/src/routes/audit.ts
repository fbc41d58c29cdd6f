import { Hono } from 'hono';
import { decodeDate } from '@wangge/geodata';
import { guard, type AuthEnv } from '../auth/middleware.ts';
import { shanghaiTime } from '../export/labels.ts';
import { table } from '../export/table.ts';
import { badRequest } from '../http/errors.ts';
import { auditLog } from '../services/audit-log.ts';
import type { AppDeps } from './context.ts';

function day(name: 'from' | 'to', value: string | undefined): string | null {
  const d = decodeDate(name, value === '' ? undefined : value);
  if (!d.ok) throw badRequest(d.message, 'bad_query', { field: name });
  return d.value;
}

/** The audit trail: GET /audit?q=&from=&to=[&format=csv|xlsx] for admins and inspectors. */
export function auditRoutes({ store }: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/audit', guard('audit.read'), async (c) => {
    const from = day('from', c.req.query('from'));
    const to = day('to', c.req.query('to'));
    if (from && to && to < from) throw badRequest(`to (${to}) is before from (${from})`, 'bad_period', { field: 'to' });
    const body = await auditLog(store, { search: c.req.query('q') ?? '', from, to });
    const header = ['时间', '账号', '姓名', '对象', '编号', '操作', '之前', '之后'];
    const json = (v: unknown) => (v === null ? '' : JSON.stringify(v));
    const cells = body.entries.map((e) => [shanghaiTime(e.at), e.userId ?? '', e.userName ?? '', e.entity, e.entityId, e.action, json(e.before), json(e.after)]);
    return table(c, c.req.query('format'), `变更记录_${from ?? ''}_${to ?? ''}`, header, cells, () => c.json(body));
  });
  return app;
}
