import { useEffect, useMemo, useState } from 'react';
import { useLocale, useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { TREND_WEEKS, TRENDS_BY } from './accountability-api.ts';
import { trendsKey, useAccountability } from './accountability.store.ts';
import { filterOptions, NO_FILTERS } from './place-filters.ts';
import { rankUnits } from './ranking.ts';
import { TrendChart, type ChartLine } from './trend-chart.tsx';
import { UnitRanking } from './unit-ranking.tsx';

/** Okabe–Ito colours: told apart by colour-blind readers; the county line is near-black. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];
const MAIN_COLOR = '#1f2933';
const MUTED_COLOR = '#c5ccd3';
const RANK_COUNT = 5;

/** On-time rate over the last weeks (county, plus one line per group) and the units' ranking. */
export function TrendsView() {
  const t = useT();
  const locale = useLocale();
  const week = useView((s) => s.week);
  const { trendsBy, setTrendsBy, loadTrends } = useAccountability();
  const overall = useAccountability((s) => (week ? s.trends[trendsKey(week, 'overall')] : undefined));
  const grouped = useAccountability((s) => (week ? s.trends[trendsKey(week, trendsBy)] : undefined));
  const units = useAccountability((s) => (week ? s.trends[trendsKey(week, 'unit')] : undefined));
  const [highlight, setHighlight] = useState<string | null>(null);
  const grids = useData((s) => s.grids);
  // groups in the county's order (the API sends them best first), so colours stay put from week to week
  const order = useMemo(() => {
    const o = filterOptions(grids?.features.map((f) => f.properties) ?? [], null, NO_FILTERS, locale);
    const list = trendsBy === 'streetOffice' ? o.streetOffices : trendsBy === 'area' ? o.areas : o.units;
    return new Map(list.map((x, i) => [x.id, i]));
  }, [grids, trendsBy, locale]);

  useEffect(() => {
    if (!week) return;
    void loadTrends(week, 'overall');
    void loadTrends(week, 'unit');
    if (trendsBy !== 'overall' && trendsBy !== 'unit') void loadTrends(week, trendsBy);
  }, [week, trendsBy, loadTrends]);

  const failed = [overall, grouped, units].find((l) => l?.state === 'error');
  const base = overall?.state === 'ready' ? overall.data : null;
  const rank = (key: string) => order.get(key) ?? order.size;
  const groups = trendsBy !== 'overall' && grouped?.state === 'ready' ? [...grouped.data.series].sort((a, b) => rank(a.key) - rank(b.key)) : [];
  // many groups (units) would be a tangle of colours: grey them, colour only the one picked
  const many = groups.length > PALETTE.length;
  // the picked line is drawn over the others (the county line stays on top of all)
  const drawOrder = highlight ? [...groups.filter((s) => s.key !== highlight), ...groups.filter((s) => s.key === highlight)] : groups;
  const lines: ChartLine[] = [
    ...drawOrder.map((s) => ({
      key: s.key,
      name: s.name,
      rates: s.rates,
      color: many ? (s.key === highlight ? PALETTE[0] : MUTED_COLOR) : PALETTE[groups.indexOf(s) % PALETTE.length],
      picked: s.key === highlight,
    })),
    ...(base ? base.series.map((s) => ({ key: 'overall', name: t('trends.overall'), rates: s.rates, color: MAIN_COLOR, main: true })) : []),
  ];
  const ranking = units?.state === 'ready' ? rankUnits(units.data.series, RANK_COUNT, locale) : null;

  return (
    <div className="trends-view">
      <section aria-labelledby="trends-title">
        <div className="section-head">
          <h3 id="trends-title" className="drawer-h3">
            {t('trends.title', { weeks: TREND_WEEKS })}
          </h3>
          <div className="segmented" role="radiogroup" aria-label={t('trends.by')}>
            {TRENDS_BY.map((by) => (
              <button key={by} type="button" role="radio" aria-checked={trendsBy === by} onClick={() => { setTrendsBy(by); setHighlight(null); }}>
                {t(`trends.by.${by}`)}
              </button>
            ))}
          </div>
        </div>
        {failed?.state === 'error' && (
          <p className="form-error" role="alert">
            {t('drawer.failed', { message: failed.message })}
          </p>
        )}
        {!base && !failed && <p className="drawer-note">{t('drawer.loading')}</p>}
        {base && <TrendChart weeks={base.weeks} lines={lines} label={t('trends.chart', { weeks: TREND_WEEKS })} />}
        {base && (
          <ul className="chart-key">
            <li>
              <span className="key-line is-main" style={{ background: MAIN_COLOR }} aria-hidden="true" />
              {t('trends.overall')}
            </li>
            {groups.map((s) => {
              const line = lines.find((l) => l.key === s.key)!;
              return (
                <li key={s.key}>
                  <button type="button" aria-pressed={highlight === s.key} title={t('trends.highlight', { name: s.name })} onClick={() => setHighlight(highlight === s.key ? null : s.key)}>
                    <span className="key-line" style={{ background: many && highlight !== s.key ? MUTED_COLOR : line.color }} aria-hidden="true" />
                    {s.name}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {ranking && <UnitRanking best={ranking.best} worst={ranking.worst} />}
    </div>
  );
}
