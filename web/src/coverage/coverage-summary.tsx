import type { CoverageReport } from '@wangge/geodata';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatArea, formatPct } from './format.ts';
import { coverageVerdict } from './verdict.ts';

/** The verdict (全覆盖 ✓, gaps left, or covered but with overlaps…), coverage % and each kind's count and area. */
export function CoverageSummary({ report, note }: { report: CoverageReport; note: string }) {
  const t = useT();
  const locale = useLocale();
  const s = report.summary;
  const verdict = coverageVerdict(report);
  const headline =
    verdict.kind === 'full'
      ? t('coverage.full')
      : verdict.kind === 'gaps'
        ? t('coverage.notFull')
        : t('coverage.coveredButFlawed', { flaws: verdict.flaws.map((f) => t(`coverage.flaw.${f}`)).join(t('panel.listSeparator')) });
  const countArea = (count: number, area: number) => (
    <>
      {count}
      {count > 0 && <span className="coverage-area">{formatArea(area, locale)}</span>}
    </>
  );
  return (
    <section className="coverage-summary" aria-label={t('coverage.summary')}>
      <p className={verdict.kind === 'full' ? 'coverage-verdict ok' : 'coverage-verdict bad'} role="status">
        {headline}
        <span className="coverage-pct">{t('coverage.pctOf', { pct: formatPct(s.coveredPct, locale) })}</span>
      </p>
      <p className="coverage-note muted">{note}</p>
      <dl className="coverage-tiles">
        <div>
          <dt>{t('coverage.grids')}</dt>
          <dd>{s.grids}</dd>
        </div>
        <div>
          <dt>{t('coverage.communities')}</dt>
          <dd>{s.boundaries}</dd>
        </div>
        <div data-kind="overlap" title={t('coverage.kindHint.overlap')} data-zero={s.overlapCount === 0}>
          <dt>{t('coverage.kind.overlap')}</dt>
          <dd>{countArea(s.overlapCount, s.overlapAreaM2)}</dd>
        </div>
        <div data-kind="gap" title={t('coverage.kindHint.gap')} data-zero={s.gapCount === 0}>
          <dt>{t('coverage.kind.gap')}</dt>
          <dd>{countArea(s.gapCount, s.gapAreaM2)}</dd>
        </div>
        <div data-kind="outside" title={t('coverage.kindHint.outside')} data-zero={s.outsideCount === 0}>
          <dt>{t('coverage.kind.outside')}</dt>
          <dd>{countArea(s.outsideCount, s.outsideAreaM2)}</dd>
        </div>
        <div data-kind="invalid" title={t('coverage.kindHint.invalid')} data-zero={s.invalidCount === 0}>
          <dt>{t('coverage.kind.invalid')}</dt>
          <dd>{s.invalidCount}</dd>
        </div>
      </dl>
      {s.ignoredPieces > 0 && <p className="coverage-note muted">{t('coverage.ignored', { count: s.ignoredPieces })}</p>}
      {s.misalignedEdges > 0 && <p className="coverage-note muted">{t('coverage.misaligned', { count: s.misalignedEdges })}</p>}
    </section>
  );
}
