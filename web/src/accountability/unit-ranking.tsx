import { useLocale, useT } from '../i18n/lang.ts';
import { TREND_WEEKS } from './accountability-api.ts';
import type { RankedUnit } from './ranking.ts';

function RankList({ title, units, tone }: { title: string; units: readonly RankedUnit[]; tone: 'best' | 'worst' }) {
  const t = useT();
  const pct = new Intl.NumberFormat(useLocale(), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="rank-list" data-tone={tone}>
      <h4>{title}</h4>
      <ol>
        {units.map((u) => (
          <li key={u.key}>
            <span className="rank-name">{u.name}</span>
            <span className="rank-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(u.rate * 100)}%` }} />
            </span>
            <span className="rank-rate">{pct.format(u.rate)}</span>
            <span className="rank-counts muted">{t('trends.counts', { onTime: u.onTime, due: u.due })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The best and worst units by on-time rate over the period: who to praise and who to call at the meeting. */
export function UnitRanking({ best, worst }: { best: readonly RankedUnit[]; worst: readonly RankedUnit[] }) {
  const t = useT();
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <h3 id="ranking-title" className="drawer-h3">
        {t('trends.ranking', { weeks: TREND_WEEKS })}
      </h3>
      <div className="rank-columns">
        <RankList title={t('trends.best', { count: best.length })} units={best} tone="best" />
        <RankList title={t('trends.worst', { count: worst.length })} units={worst} tone="worst" />
      </div>
    </section>
  );
}
