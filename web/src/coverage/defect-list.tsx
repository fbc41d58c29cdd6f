import type { ReactNode } from 'react';
import { useLocale, useT } from '../i18n/lang.ts';
import type { Defect } from './defects.ts';
import { formatArea } from './format.ts';
import type { GridLookup } from './grid-lookup.ts';

interface DefectListProps {
  defects: readonly Defect[];
  grids: GridLookup;
  communityName: (id: string) => string;
  focused: string | null;
  onFocus: (defect: Defect) => void;
  /** extra buttons under a defect (the edit view's fixes) */
  actions?: (defect: Defect) => ReactNode;
}

/** Every defect, most urgent first; a click moves the map to it. */
export function DefectList({ defects, grids, communityName, focused, onFocus, actions }: DefectListProps) {
  const t = useT();
  const locale = useLocale();
  const sep = t('panel.listSeparator');

  const detail = (d: Defect): string => {
    const codes = d.grids.map(grids.code);
    switch (d.kind) {
      case 'overlap':
        return t('coverage.between', { a: codes[0] ?? '—', b: codes[1] ?? '—' });
      case 'gap':
        return [d.boundary ? t('coverage.in', { community: communityName(d.boundary) }) : null, codes.join(sep)].filter(Boolean).join(' · ');
      case 'outside':
        return codes[0] ?? '';
      case 'invalid':
        return `${codes[0] ?? ''} · ${t(`coverage.reason.${d.reason!}`)}`;
    }
  };

  return (
    <section className="defects" aria-labelledby="defects-title">
      <h3 id="defects-title" className="drawer-h3">
        {t('coverage.defects')}
      </h3>
      {defects.length === 0 ? (
        <p className="muted">{t('coverage.noDefects')}</p>
      ) : (
        <ul className="defect-list">
          {defects.map((d) => (
            <li key={d.key} className="defect-item" data-kind={d.kind} aria-current={d.key === focused ? 'true' : undefined}>
              <button type="button" className="defect-button" disabled={!d.bbox} onClick={() => onFocus(d)} title={t('coverage.showOnMap')}>
                <span className="defect-swatch" aria-hidden="true" />
                <span className="defect-kind">{t(`coverage.kind.${d.kind}`)}</span>
                {d.areaM2 !== null && <span className="defect-area">{formatArea(d.areaM2, locale)}</span>}
                <span className="defect-detail">{detail(d)}</span>
              </button>
              {actions?.(d)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
