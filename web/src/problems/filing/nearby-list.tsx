import { useT } from '../../i18n/lang.ts';
import { useProblemCard } from '../card.store.ts';
import { useFiling } from '../filing.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { ProblemStatusChip } from '../problem-status-chip.tsx';

/** Open problems of the chosen category within 50 m of the pin, each with "this is the same one". */
export function NearbyList() {
  const t = useT();
  const nearby = useFiling((s) => s.nearby);
  if (!nearby) return null;
  const { load } = nearby;
  if (load.state === 'loading') return <p className="nearby muted">{t('filing.nearbyChecking')}</p>;
  if (load.state === 'error') return <p className="nearby panel-error">{t('filing.nearbyFailed', { message: load.message })}</p>;
  if (load.data.length === 0) return <p className="nearby muted">{t('filing.nearbyNone')}</p>;

  const same = (id: string) => {
    useFiling.getState().cancel();
    void useProblemCard.getState().open(id, { fly: true });
  };
  return (
    <div className="nearby nearby-found" role="status">
      <p>{t('filing.nearbyTitle', { count: load.data.length })}</p>
      <ul className="problem-rows">
        {load.data.map((p) => (
          <li key={p.id} className="problem-row">
            <div className="problem-row-head">
              <strong>{categoryLabel(t, p.category)}</strong>
              <span className="muted">{t('filing.distance', { m: Math.round(p.distanceM) })}</span>
              <ProblemStatusChip status={p.status} overdue={p.overdue} />
            </div>
            <p className="problem-row-text">{p.description}</p>
            <button type="button" className="link-button" onClick={() => same(p.id)}>
              {t('filing.sameOne')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
