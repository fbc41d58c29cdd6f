import type { GridPeopleInput } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import { namedUnits, setUnits } from '../edit-actions.ts';
import { useEdit } from '../edit.store.ts';
import type { EditGrid } from '../types.ts';
import { useReview } from './review.store.ts';
import './review.css';

type Person = { name: string; phone: string };
const key = (p: Person) => `${p.name}|${p.phone}`;

/** After a merge or a split: the units and people each grid is to have, for the planner to confirm. */
export function ReviewPanel() {
  const t = useT();
  const review = useReview((s) => s.review);
  const error = useReview((s) => s.error);
  const grids = useEdit((s) => s.grids);
  if (!review) return null;
  const byId = (id: string) => grids.find((g) => g.properties.id === id);
  const body =
    review.kind === 'merge' ? (
      byId(review.gridId) && !byId(review.otherId) && <MergeReview grid={byId(review.gridId)!} otherCode={review.otherCode} />
    ) : byId(review.keptId) && byId(review.madeId) ? (
      <SplitReview kept={byId(review.keptId)!} made={byId(review.madeId)!} keptArea={review.keptArea} madeArea={review.madeArea} />
    ) : null;
  // undone meanwhile: nothing left to review
  if (!body) return null;
  return (
    <section className="review-panel" aria-labelledby="review-title">
      {body}
      {error && (
        <p className="form-error" role="alert">
          {t('review.peopleFailed', { message: error })}
        </p>
      )}
      <button type="button" className="button button-small button-primary" onClick={() => useReview.getState().close()}>
        {t('review.confirm')}
      </button>
    </section>
  );
}

function MergeReview({ grid, otherCode }: { grid: EditGrid; otherCode: string }) {
  const t = useT();
  const people = useReview((s) => s.people[grid.properties.id]);
  const units = namedUnits(grid);
  const setPeople = (p: GridPeopleInput) => useReview.getState().setPeople(grid.properties.id, p);
  return (
    <>
      <h3 id="review-title" className="drawer-h3">
        {t('review.merge.title', { code: otherCode })}
      </h3>
      <p className="drawer-note">{t('review.merge.note')}</p>
      <h4>{t('review.units')}</h4>
      <ul className="review-list" aria-label={t('review.units')}>
        {units.map((u) => (
          <li key={u.id}>
            <span>{u.name}</span>
            <button
              type="button"
              className="link-button"
              disabled={units.length === 1}
              aria-label={t('review.removeNamed', { name: u.name })}
              onClick={() => setUnits(grid.properties.id, units.filter((x) => x.id !== u.id))}
            >
              {t('review.remove')}
            </button>
          </li>
        ))}
      </ul>
      {people && (
        <>
          <h4>{t('review.manager')}</h4>
          <p>{people.manager ? `${people.manager.name} ${people.manager.phone}` : t('review.none')}</p>
          <h4>{t('review.supervisors')}</h4>
          <ul className="review-list" aria-label={t('review.supervisors')}>
            {people.supervisors.map((s) => (
              <li key={key(s)}>
                <span>
                  {s.name} <span className="muted">{s.phone}</span>
                </span>
                <button type="button" className="link-button" aria-label={t('review.removeNamed', { name: s.name })} onClick={() => setPeople({ ...people, supervisors: people.supervisors.filter((x) => key(x) !== key(s)) })}>
                  {t('review.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function SplitReview({ kept, made, keptArea, madeArea }: { kept: EditGrid; made: EditGrid; keptArea: number; madeArea: number }) {
  const t = useT();
  const people = useReview((s) => s.people);
  const keptUnits = namedUnits(kept);
  const madeUnits = namedUnits(made);
  const all = [...keptUnits, ...madeUnits.filter((u) => !keptUnits.some((k) => k.id === u.id))];
  const keptShare = Math.round((100 * keptArea) / (keptArea + madeArea || 1));
  const toggle = (grid: EditGrid, list: { id: string; name: string }[], u: { id: string; name: string }) => {
    const has = list.some((x) => x.id === u.id);
    setUnits(grid.properties.id, has ? list.filter((x) => x.id !== u.id) : [...list, u]);
  };
  const kp = people[kept.properties.id];
  const mp = people[made.properties.id];
  const supervisors = kp && mp ? [...kp.supervisors, ...mp.supervisors.filter((s) => !kp.supervisors.some((k) => key(k) === key(s)))] : [];
  const moveManager = (to: 'kept' | 'made') => {
    if (!kp || !mp) return;
    const manager = kp.manager ?? mp.manager;
    useReview.getState().setPeople(kept.properties.id, { ...kp, manager: to === 'kept' ? manager : null });
    useReview.getState().setPeople(made.properties.id, { ...mp, manager: to === 'made' ? manager : null });
  };
  const toggleSupervisor = (gridId: string, p: GridPeopleInput, s: Person) => {
    const has = p.supervisors.some((x) => key(x) === key(s));
    useReview.getState().setPeople(gridId, { ...p, supervisors: has ? p.supervisors.filter((x) => key(x) !== key(s)) : [...p.supervisors, s] });
  };
  const heads = (
    <tr>
      <th scope="col" />
      <th scope="col">{t('review.kept', { code: kept.properties.code.slice(-3) })}</th>
      <th scope="col">{t('review.made', { code: made.properties.code.slice(-3) })}</th>
    </tr>
  );
  return (
    <>
      <h3 id="review-title" className="drawer-h3">
        {t('review.split.title')}
      </h3>
      <p className="drawer-note">{t('review.split.note', { kept: keptShare, made: 100 - keptShare })}</p>
      <table className="review-table" aria-label={t('review.units')}>
        <thead>{heads}</thead>
        <tbody>
          {all.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              {([
                [kept, keptUnits],
                [made, madeUnits],
              ] as const).map(([g, list]) => {
                const has = list.some((x) => x.id === u.id);
                return (
                  <td key={g.properties.id}>
                    <input
                      type="checkbox"
                      checked={has}
                      disabled={has && list.length === 1}
                      title={has && list.length === 1 ? t('review.noUnit') : undefined}
                      aria-label={`${u.name} → ${g.properties.code}`}
                      onChange={() => toggle(g, [...list], u)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {kp && mp && (
        <table className="review-table" aria-label={t('review.supervisors')}>
          <thead>{heads}</thead>
          <tbody>
            {(kp.manager ?? mp.manager) && (
              <tr>
                <th scope="row">
                  {t('review.manager')} {(kp.manager ?? mp.manager)!.name}
                </th>
                <td>
                  <input type="radio" name="split-manager" checked={kp.manager !== null} onChange={() => moveManager('kept')} aria-label={`${t('review.manager')} → ${kept.properties.code}`} />
                </td>
                <td>
                  <input type="radio" name="split-manager" checked={mp.manager !== null} onChange={() => moveManager('made')} aria-label={`${t('review.manager')} → ${made.properties.code}`} />
                </td>
              </tr>
            )}
            {supervisors.map((s) => (
              <tr key={key(s)}>
                <th scope="row">
                  {t('review.supervisors')} {s.name}
                </th>
                {([
                  [kept.properties.id, kp],
                  [made.properties.id, mp],
                ] as const).map(([id, p]) => (
                  <td key={id}>
                    <input type="checkbox" checked={p.supervisors.some((x) => key(x) === key(s))} onChange={() => toggleSupervisor(id, p, s)} aria-label={`${s.name} → ${id}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
