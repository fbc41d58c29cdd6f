import type { ReactNode } from 'react';
import type { GridDetailResponse, UnitStatus } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatInstant, formatWeekDate } from '../week/weeks.ts';
import { HistoryStrip } from './history-strip.tsx';
import { Phone } from './phone.tsx';
import { StatusChip } from './status-chip.tsx';

/**
 * Who answers for a grid: its place in the organisation, its units and people, and its report
 * record. `place` (the zones at the clicked spot) goes right after the units: both answer "who".
 */
export function GridDetails({ detail, place }: { detail: GridDetailResponse; place?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const { grid, community, streetOffice, area, units, manager, supervisors, status, history } = detail;
  const unitStatus = new Map<string, UnitStatus>((status?.units ?? []).map((u) => [u.unitId, u]));
  const week = history.at(-1)?.week ?? '';

  return (
    <>
      <header className="panel-title">
        <p className="eyebrow">
          {t('panel.grid')} · <span className="mono">{grid.code}</span>
        </p>
        <h2 id="panel-heading">{grid.name}</h2>
        {status ? <StatusChip status={status.status} /> : <span className="status-chip status-chip-none">{t(detail.retired ? 'panel.retired' : 'panel.notInForce')}</span>}
      </header>

      <section className="panel-section">
        <dl className="facts">
          <dt>{t('panel.community')}</dt>
          <dd>{community.name}</dd>
          <dt>{t('panel.streetOffice')}</dt>
          <dd>{streetOffice.name}</dd>
          <dt>{t('panel.area')}</dt>
          <dd>{area.name}</dd>
          <dt>{t('panel.leader')}</dt>
          <dd>
            {area.leaderName ? `${area.leaderName}（${area.leaderTitle}）` : area.leaderTitle} <Phone phone={area.leaderPhone} />
          </dd>
        </dl>
      </section>

      <section className="panel-section" aria-labelledby="panel-units">
        <h3 id="panel-units">
          {t('panel.units')}
          <span className="h3-note">{t('panel.weekStatus', { week: formatWeekDate(week, locale) })}</span>
        </h3>
        <ul className="unit-list">
          {units.map((u) => {
            const s = unitStatus.get(u.id);
            return (
              <li key={u.id} className="unit-item">
                <div className="unit-line">
                  <span className="unit-name">{u.name}</span>
                  {u.lead && <span className="tag tag-lead">{t('panel.lead')}</span>}
                  {s && <StatusChip status={s.status} />}
                </div>
                <div className="unit-meta">
                  <span>
                    {t('panel.contact')} {u.contactName} <Phone phone={u.contactPhone} />
                  </span>
                  <span className="muted">
                    {s?.submittedAt ? t('panel.submittedAt', { time: formatInstant(s.submittedAt, locale) }) : t('panel.notSubmitted')}
                    {s && s.revisions > 1 && <> · {t('reports.revisions', { count: s.revisions })}</>}
                  </span>
                  {s?.revisedAfterDue && <span className="tag tag-late">{t('reports.revisedLate')}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      {place}

      <section className="panel-section">
        <dl className="facts">
          <dt>{t('panel.manager')}</dt>
          <dd>{manager ? <>{manager.name} <Phone phone={manager.phone} /></> : <span className="muted">{t('panel.none')}</span>}</dd>
          <dt>{t('panel.supervisors')}</dt>
          <dd>
            {supervisors.length === 0 && <span className="muted">{t('panel.none')}</span>}
            <ul className="people">
              {supervisors.map((p) => (
                <li key={p.id}>
                  {p.name} <Phone phone={p.phone} />
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      <section className="panel-section" aria-labelledby="panel-history">
        <h3 id="panel-history">{t('panel.history')}</h3>
        <HistoryStrip history={history} week={week} />
      </section>
    </>
  );
}
