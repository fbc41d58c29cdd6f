import type { WallResponse } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { StatusChip } from '../panel/status-chip.tsx';
import { formatInstant, formatWeekDate } from '../week/weeks.ts';
import { countdown, pointsChange } from './countdown.ts';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The countdown to the running week's deadline, for the wall's head. */
export function WallCountdown({ dueAt, now }: { dueAt: string; now: number }) {
  const t = useT();
  const left = countdown(Date.parse(dueAt), now);
  return (
    <p className="wall-countdown">
      {t('wall.deadline')}
      <strong role="timer">{left ? t('wall.left', { hours: left.hours, minutes: left.minutes }) : t('wall.passed')}</strong>
    </p>
  );
}

/** The wall's side: the on-time rate against last week's, who is still to report, the newest problems. */
export function WallFigures({ wall }: { wall: WallResponse }) {
  const t = useT();
  const locale = useLocale();
  const change = pointsChange(wall.thisWeek.rate, wall.lastWeek.rate);
  return (
    <aside className="wall-side" aria-label={t('wall.figures')}>
      <section className="wall-block">
        <h2>{t('wall.rate', { week: formatWeekDate(wall.week, locale) })}</h2>
        <p className="wall-rate" data-testid="wall-rate">
          {pct(wall.thisWeek.rate)}
        </p>
        <p className="wall-sub">{t('wall.rateCounts', { onTime: wall.thisWeek.onTime, total: wall.thisWeek.total })}</p>
        <p className="wall-sub">
          {t('wall.lastWeek', { rate: pct(wall.lastWeek.rate) })}
          {change !== null && <span className={change >= 0 ? 'wall-up' : 'wall-down'}>{t(change >= 0 ? 'wall.up' : 'wall.down', { points: Math.abs(change) })}</span>}
        </p>
      </section>
      <section className="wall-block wall-list">
        <h2>{t('wall.outstanding', { count: wall.outstanding.length })}</h2>
        {wall.outstanding.length === 0 ? (
          <p className="wall-sub">{t('wall.allIn')}</p>
        ) : (
          <ul>
            {wall.outstanding.map((u) => (
              <li key={u.unitId}>
                <span>{u.unitName}</span>
                <span className="wall-grids">{t('wall.grids', { count: u.grids })}</span>
                <StatusChip status={u.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="wall-block wall-problems">
        <h2>{t('wall.problems')}</h2>
        <ul>
          {wall.problems.map((p) => (
            <li key={p.id} className={p.overdue ? 'wall-overdue' : undefined}>
              <span className="wall-problem">
                {p.category}：{p.description}
              </span>
              <span className="wall-grids">{formatInstant(p.createdAt, locale)}</span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
