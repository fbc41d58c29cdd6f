import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { setAttributes } from './edit-actions.ts';
import { useEdit } from './edit.store.ts';
import { choices, nextCode } from './grid-attrs.ts';
import { useOrg } from './org.store.ts';
import type { EditGrid } from './types.ts';

const CODE_RE = /^\d{15}$/;

/** Code, name, community, 片区 and units of the selected grid; "apply" makes it one undoable step. */
export function GridForm({ grid }: { grid: EditGrid }) {
  const t = useT();
  const communities = useData((s) => s.communities);
  const zones = useData((s) => s.zones);
  const grids = useEdit((s) => s.grids);
  const p = grid.properties;
  const [code, setCode] = useState(p.code);
  const [name, setName] = useState(p.name);
  const [communityId, setCommunityId] = useState(p.communityId);
  const [areaId, setAreaId] = useState(p.areaId);
  const [unitIds, setUnitIds] = useState<string[]>(p.unitIds);
  const org = useOrg((s) => s.lists);
  useEffect(() => void useOrg.getState().load(), []);
  const { areas, units } = useMemo(() => choices(grids, zones, org), [grids, zones, org]);
  const gridded = communities?.features.filter((c) => c.properties.gridded) ?? [];
  const community = gridded.find((c) => c.properties.id === communityId)?.properties;

  const codeProblem = !CODE_RE.test(code)
    ? t('edit.form.codeDigits')
    : community && !code.startsWith(community.code)
      ? t('edit.form.codePrefix', { prefix: community.code })
      : grids.some((g) => g.properties.id !== p.id && g.properties.code === code)
        ? t('edit.form.codeTaken')
        : null;
  const problem = codeProblem ?? (name.trim() === '' ? t('edit.form.nameEmpty') : unitIds.length === 0 ? t('edit.form.noUnits') : null);
  const changed = code !== p.code || name !== p.name || communityId !== p.communityId || areaId !== p.areaId || unitIds.join() !== p.unitIds.join();

  const changeCommunity = (id: string) => {
    setCommunityId(id);
    const c = gridded.find((x) => x.properties.id === id)?.properties;
    if (c && !code.startsWith(c.code)) setCode(nextCode(c.code, grids) ?? code);
  };
  const toggleUnit = (id: string) => setUnitIds((list) => (list.includes(id) ? list.filter((u) => u !== id) : [...list, id]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem || !changed) return;
    const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
    setAttributes(p.id, { code, name: name.trim(), communityId, areaId, unitIds }, { area: areas.find((a) => a.id === areaId)?.name ?? areaId, units: unitIds.map(unitName) });
  };

  return (
    <form className="grid-form" onSubmit={submit} aria-label={t('edit.form.title')}>
      <label className="field">
        <span>{t('edit.form.code')}</span>
        <input value={code} inputMode="numeric" onChange={(e) => setCode(e.target.value.trim())} aria-invalid={codeProblem !== null} />
      </label>
      <label className="field">
        <span>{t('edit.form.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('edit.form.community')}</span>
        <select value={communityId} onChange={(e) => changeCommunity(e.target.value)}>
          {gridded.map((c) => (
            <option key={c.properties.id} value={c.properties.id}>
              {c.properties.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('edit.form.area')}</span>
        <select value={areaId} onChange={(e) => setAreaId(e.target.value)}>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="unit-picks">
        <legend>{t('edit.form.units')}</legend>
        <p className="unit-chosen">{unitIds.map((id) => units.find((u) => u.id === id)?.name ?? id).join(t('panel.listSeparator')) || t('panel.none')}</p>
        {units.map((u) => (
          <label key={u.id} className="unit-pick">
            <input type="checkbox" checked={unitIds.includes(u.id)} onChange={() => toggleUnit(u.id)} />
            <span>{u.name}</span>
            {unitIds[0] === u.id && <span className="tag">{t('panel.lead')}</span>}
          </label>
        ))}
      </fieldset>
      {problem && changed && <p className="form-problem">{problem}</p>}
      <button type="submit" className="button button-small" disabled={!changed || problem !== null}>
        {t('edit.form.apply')}
      </button>
    </form>
  );
}
