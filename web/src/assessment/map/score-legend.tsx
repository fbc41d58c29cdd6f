import { useT } from '../../i18n/lang.ts';
import { SCORE_BANDS, UNSCORED_COLOUR } from './score-bands.ts';

/** What the map's colours mean while a round's scores are drawn on it. */
export function ScoreLegend() {
  const t = useT();
  const rows = [...SCORE_BANDS.map((b) => ({ key: b.band, colour: b.colour })), { key: 'unscored' as const, colour: UNSCORED_COLOUR }];
  return (
    <>
      <p className="assessment-meta muted">{t('assessment.legend')}</p>
      <ul className="score-legend" aria-label={t('assessment.legend')}>
        {rows.map((r) => (
          <li key={r.key}>
            <span className="score-star" style={{ color: r.colour }} aria-hidden="true">
              ★
            </span>
            {t(`assessment.band.${r.key}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
