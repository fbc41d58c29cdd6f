import { useEffect, useState, type FormEvent } from 'react';
import { checkAreaLeader, type AreaLeaderHolder, type AreaLeadersResponse, type AreaRoster } from '@wangge/geodata';
import { getJson, isAbort, sendJson } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { usePanel } from '../state/panel.store.ts';
import { PeriodFields } from './period-fields.tsx';

const leaderName = (h: AreaLeaderHolder) => (h.name ? `${h.name}（${h.title}）` : h.title);

function Period({ h }: { h: AreaLeaderHolder }) {
  const t = useT();
  if (h.to) return <span className="muted">{t('roster.fromTo', { from: h.from ?? '—', to: h.to })}</span>;
  return h.from ? <span className="muted">{t('roster.since', { from: h.from })}</span> : null;
}

/** A new leader of a 片区 from a day, filled in from the one in post. */
function AreaLeaderForm({ area, today, onSaved, onCancel }: { area: AreaRoster; today: string; onSaved: () => void; onCancel: () => void }) {
  const t = useT();
  const [fields, setFields] = useState({ from: today, to: '', name: area.leader?.name ?? '', title: area.leader?.title ?? '', phone: area.leader?.phone ?? '' });
  const { busy, error, submit: write } = useSubmit();
  const checked = checkAreaLeader({ ...fields, to: fields.to || null });
  const problem = !checked.ok && (checked.code === 'bad_period' ? t('error.bad_period') : checked.code === 'bad_phone' && fields.phone.trim() ? t('error.bad_phone') : null);
  const field = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked.ok) return;
    const leader = checked.value;
    await write(async () => {
      await sendJson<AreaRoster>('PUT', `/api/areas/${encodeURIComponent(area.areaId)}/leader`, leader);
      onSaved();
    });
  };

  return (
    <form className="roster-form" onSubmit={submit} aria-label={t('roster.areaEditTitle', { name: area.name })}>
      <PeriodFields from={fields.from} to={fields.to} invalid={!checked.ok && checked.code === 'bad_period'} onFrom={(from) => setFields((f) => ({ ...f, from }))} onTo={(to) => setFields((f) => ({ ...f, to }))} />
      <label className="field">
        <span>{t('roster.name')}</span>
        <input name="name" required maxLength={50} value={fields.name} onChange={field('name')} />
      </label>
      <label className="field">
        <span>{t('roster.areaTitle')}</span>
        <input name="title" required maxLength={50} value={fields.title} onChange={field('title')} />
      </label>
      <label className="field">
        <span>{t('roster.phone')}</span>
        <input name="phone" required inputMode="tel" value={fields.phone} onChange={field('phone')} />
      </label>
      <FormError error={problem || error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !checked.ok}>
          {t('roster.save')}
        </button>
      </div>
    </form>
  );
}

function AreaRow({ area, today, onSaved }: { area: AreaRoster; today: string; onSaved: () => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  return (
    <li className="roster-row" data-area={area.areaId} data-flagged={area.leader === null}>
      <div className="roster-row-head">
        <strong>{area.name}</strong>
        {area.leader ? (
          <span className="roster-holder">
            {leaderName(area.leader)} <span className="mono">{area.leader.phone}</span> <Period h={area.leader} />
          </span>
        ) : (
          <span className="badge badge-off">{t('roster.noAreaLeader')}</span>
        )}
      </div>
      {area.history.length > 1 && (
        <details className="roster-history">
          <summary>{t('roster.areaHistory', { count: area.history.length })}</summary>
          <ul>
            {area.history.map((h) => (
              <li key={h.id}>
                {leaderName(h)} <span className="mono">{h.phone}</span> <Period h={h} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {editing ? (
        <AreaLeaderForm
          area={area}
          today={today}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : (
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          {t('roster.areaEdit')}
        </button>
      )}
    </li>
  );
}

/** Each 片区's leader on the roster's day, with who led it before; changed from here (GET /api/area-leaders, PUT /api/areas/:id/leader). */
export function AreaLeaders({ day, today }: { day: string; today: string }) {
  const t = useT();
  const [data, setData] = useState<AreaLeadersResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const asking = new AbortController();
    setError(null);
    getJson<AreaLeadersResponse>(`/api/area-leaders?${new URLSearchParams({ at: day })}`, asking.signal).then(setData, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [day, revision]);

  return (
    <section className="area-leaders" aria-label={t('roster.areas')}>
      <h3>{t('roster.areas')}</h3>
      {error && (
        <p className="form-error" role="alert">
          {t('users.failed', { message: error })}
        </p>
      )}
      <ul className="roster-list">
        {data?.areas.map((a) => (
          <AreaRow
            key={a.areaId}
            area={a}
            today={today}
            onSaved={() => {
              setRevision((r) => r + 1);
              usePanel.getState().refresh();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
