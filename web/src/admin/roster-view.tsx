import { useEffect, useRef, useState } from 'react';
import { shanghaiDate, type GridRoster, type RosterHolder, type RostersResponse } from '@wangge/geodata';
import { isAbort } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { BulkBar } from '../bulk/bulk-bar.tsx';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { usePanel } from '../state/panel.store.ts';
import { useView } from '../state/view.store.ts';
import { rosterApi } from './roster-api.ts';
import { AreaLeaders } from './area-leaders.tsx';
import { RosterForm } from './roster-form.tsx';
import './admin.css';

function Holder({ person }: { person: RosterHolder }) {
  const t = useT();
  return (
    <span className="roster-holder">
      {person.name} <span className="mono">{person.phone}</span>{' '}
      <span className="muted">{person.to ? t('roster.fromTo', { from: person.from ?? '—', to: person.to }) : person.from ? t('roster.since', { from: person.from }) : ''}</span>
    </span>
  );
}

function GridRosterRow({ roster, today, focused, onSaved }: { roster: GridRoster; today: string; focused: boolean; onSaved: () => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const select = useView((s) => s.select);
  const row = useRef<HTMLLIElement>(null);
  // opened on a grid (a link from the coverage view's 纵向到底 list, a click on the map): that row is in sight
  useEffect(() => {
    if (focused) row.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);
  return (
    <li ref={row} className="roster-row" data-grid={roster.gridId} data-flagged={roster.flags.length > 0} data-focused={focused}>
      <div className="roster-row-head">
        <button type="button" className="link-button" onClick={() => select({ grid: roster.gridId, at: null }, { fly: true })}>
          <strong className="mono">{roster.code}</strong> {roster.name}
        </button>
        <span className="muted">{roster.communityName}</span>
        {roster.flags.map((f) => (
          <span key={f} className="badge badge-off">
            {t(`roster.flag.${f}`)}
          </span>
        ))}
      </div>
      <dl className="roster-posts">
        <dt>{t('panel.manager')}</dt>
        <dd>{roster.manager ? <Holder person={roster.manager} /> : <span className="muted">{t('panel.none')}</span>}</dd>
        <dt>{t('panel.supervisors')}</dt>
        <dd>
          {roster.supervisors.length === 0 && <span className="muted">{t('panel.none')}</span>}
          {roster.supervisors.map((p) => (
            <Holder key={p.id} person={p} />
          ))}
        </dd>
      </dl>
      {editing ? (
        <RosterForm
          roster={roster}
          today={today}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : (
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          {t('roster.edit')}
        </button>
      )}
    </li>
  );
}

/** Admins and planners: each grid's manager and supervisors with their dates, grids short of people flagged, changed from here. */
export function RosterView() {
  const t = useT();
  const now = useData((s) => s.config?.now ?? null);
  const today = now ? shanghaiDate(Date.parse(now)) : null;
  const [at, setAt] = useState<string | null>(null);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [data, setData] = useState<RostersResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const day = at ?? today;
  const focus = useView((s) => s.selection.grid);

  useEffect(() => {
    if (!day) return;
    const asking = new AbortController();
    setError(null);
    rosterApi.list(day, asking.signal).then(setData, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => asking.abort();
  }, [day, revision]);

  if (!day || !today) return null;
  const grids = data?.grids ?? [];
  const flagged = grids.filter((g) => g.flags.length > 0);
  const shown = onlyFlagged ? flagged : grids;

  return (
    <div className="roster-view">
      <div className="users-bar">
        <label className="field">
          <span>{t('roster.at')}</span>
          <input type="date" value={day} onChange={(e) => setAt(e.target.value || null)} />
        </label>
        <label className="field-inline">
          <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
          <span>{t('roster.onlyFlagged')}</span>
        </label>
      </div>
      <BulkBar
        kind="rosters"
        onApplied={() => {
          setRevision((r) => r + 1);
          usePanel.getState().refresh();
        }}
      />
      {error && (
        <p className="form-error" role="alert">
          {t('users.failed', { message: error })}
        </p>
      )}
      {!data && !error && <p className="drawer-note">{t('drawer.loading')}</p>}
      {data && <p className="drawer-note">{flagged.length ? t('roster.flaggedCount', { count: flagged.length, total: grids.length }) : t('roster.allStaffed', { total: grids.length })}</p>}
      <ul className="roster-list" aria-label={t('drawer.roster')}>
        {shown.map((g) => (
          <GridRosterRow
            key={g.gridId}
            roster={g}
            today={today}
            focused={g.gridId === focus}
            onSaved={() => {
              setRevision((r) => r + 1);
              // the inspect panel asks again, so it shows the new people at once
              usePanel.getState().refresh();
            }}
          />
        ))}
      </ul>
      <AreaLeaders day={day} today={today} />
    </div>
  );
}
