import { useEffect, useState } from 'react';
import type { AuditEntry, AuditResponse } from '@wangge/geodata';
import { getJson, isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { auditChanges } from './audit-diff.ts';
import './admin.css';

/** The kinds of things the trail records; another kind shows as the server names it. */
const ENTITIES: Readonly<Record<string, MessageKey>> = {
  user: 'audit.entity.user',
  grid: 'audit.entity.grid',
  'grid-people': 'audit.entity.grid-people',
  report: 'audit.entity.report',
  problem: 'audit.entity.problem',
  setting: 'audit.entity.setting',
  unit: 'audit.entity.unit',
  assessment_point: 'audit.entity.assessment_point',
  assessment_checklist: 'audit.entity.assessment_checklist',
  assessment_round: 'audit.entity.assessment_round',
  assessment_result: 'audit.entity.assessment_result',
};

function query(search: string, from: string, to: string, format?: 'csv' | 'xlsx'): string {
  const q = new URLSearchParams();
  if (search.trim()) q.set('q', search.trim());
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  if (format) q.set('format', format);
  return `/api/audit?${q}`;
}

function Entry({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(entry.at));
  const kind = ENTITIES[entry.entity];
  return (
    <li className="audit-entry" data-entity={entry.entity} data-entity-id={entry.entityId}>
      <div className="audit-head">
        <span className="muted">{when}</span>
        <strong>{entry.userName ?? t('audit.system')}</strong>
        {entry.userId && entry.userId !== entry.userName && <span className="muted mono">{entry.userId}</span>}
      </div>
      <div className="audit-what">
        <span className="badge">{kind ? t(kind) : entry.entity}</span>
        <span className="mono">{entry.entityId}</span>
        <span>{entry.action}</span>
      </div>
      <ul className="audit-changes">
        {auditChanges(entry.before, entry.after).map((c) => (
          <li key={c.field}>
            {c.field && <span className="mono">{c.field}</span>} {c.before === null && c.after === null ? <span className="muted">{t('audit.changed')}</span> : <>{c.before ?? '—'} → {c.after ?? '—'}</>}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Admins and inspectors (督查/纪委): who changed what and when, before and after; searchable, exportable. */
export function AuditView() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [data, setData] = useState<AuditResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const asking = new AbortController();
    setError(null);
    getJson<AuditResponse>(query(search, from, to), asking.signal).then(setData, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [search, from, to]);

  return (
    <div className="audit-view">
      <div className="audit-filters">
        <label className="field audit-search">
          <span>{t('audit.search')}</span>
          <input type="search" value={search} placeholder={t('audit.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('audit.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('audit.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div className="audit-count">
        <span className="muted">{data && (data.truncated ? t('audit.countTruncated', { count: data.entries.length }) : t('audit.count', { count: data.entries.length }))}</span>
        <a className="button button-small" href={query(search, from, to, 'csv')} download>
          CSV
        </a>
        <a className="button button-small" href={query(search, from, to, 'xlsx')} download>
          Excel
        </a>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {t('users.failed', { message: error })}
        </p>
      )}
      {!data && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
      {data && (
        <ul className="audit-list" aria-label={t('drawer.audit')}>
          {data.entries.map((e) => (
            <Entry key={e.id} entry={e} />
          ))}
        </ul>
      )}
    </div>
  );
}
