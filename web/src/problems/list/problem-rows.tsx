import type { ProblemApiProps } from '@wangge/geodata';
import { useLocale, useT } from '../../i18n/lang.ts';
import { isPhone } from '../../theme/breakpoints.ts';
import { formatInstant } from '../../week/weeks.ts';
import { useProblemCard } from '../card.store.ts';
import { useProblemList } from '../list.store.ts';
import { categoryLabel } from '../problem-labels.ts';
import { ProblemStatusChip } from '../problem-status-chip.tsx';

/** Problems as rows; choosing one flies the map to it and opens its card (closing the list on a phone, where it covers the map). */
export function ProblemRows({ problems }: { problems: readonly ProblemApiProps[] }) {
  const t = useT();
  const locale = useLocale();
  const openId = useProblemCard((s) => s.detail?.key);
  const open = useProblemCard((s) => s.open);
  const choose = (id: string) => {
    if (isPhone()) useProblemList.getState().setOpen(false);
    void open(id, { fly: true });
  };
  return (
    <ul className="problem-rows">
      {problems.map((p) => (
        <li key={p.id}>
          <button type="button" className="problem-row" aria-current={p.id === openId ? 'true' : undefined} onClick={() => choose(p.id)}>
            <span className="problem-row-head">
              <strong>{categoryLabel(t, p.category)}</strong>
              <ProblemStatusChip status={p.status} overdue={p.overdue} />
            </span>
            <span className="problem-row-text">{p.description}</span>
            <span className="problem-row-meta muted">
              <span>{p.gridCode ? <span className="mono">{p.gridCode.slice(-6)}</span> : t('problems.outsideGrids')}</span>
              {p.ownerUnitName && <span className="problem-row-owner">{t('problemList.owner', { unit: p.ownerUnitName })}</span>}
              <span>{t('problemList.filed', { time: formatInstant(p.createdAt, locale) })}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
