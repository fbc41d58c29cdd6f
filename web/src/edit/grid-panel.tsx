import { useT } from '../i18n/lang.ts';
import { useEdit } from './edit.store.ts';
import { GridForm } from './grid-form.tsx';
import { GridHistory } from './grid-history.tsx';

/** The selected grid: what it is, its attributes to edit, and its recorded history. */
export function GridPanel() {
  const t = useT();
  const grid = useEdit((s) => s.grids.find((g) => g.properties.id === s.selected));
  const committed = useEdit((s) => s.base?.features.find((g) => g.properties.id === s.selected));
  if (!grid) return <p className="edit-hint muted">{t('edit.noSelection')}</p>;
  const p = grid.properties;
  return (
    <section className="grid-panel" aria-labelledby="edit-grid-title">
      <h3 id="edit-grid-title" className="drawer-h3">
        <span className="mono">{p.code}</span> {p.name}
        {!committed && <span className="tag new-tag">{t('edit.newGrid')}</span>}
      </h3>
      <GridForm key={`${p.id}:${p.code}:${p.name}:${p.communityId}:${p.areaId}:${p.unitIds.join()}`} grid={grid} />
      {committed && <GridHistory gridId={p.id} version={committed.properties.version} edited={committed !== grid} />}
    </section>
  );
}
