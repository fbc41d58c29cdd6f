import { isProblemStatus } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { PROBLEM_CHIPS } from '../theme/chips.ts';

/** A problem's status in its pin colour, with the overdue mark beside it when it is overdue. */
export function ProblemStatusChip({ status, overdue = false }: { status: string; overdue?: boolean }) {
  const t = useT();
  const known = isProblemStatus(status);
  const { background, text } = PROBLEM_CHIPS[known ? status : 'other'];
  return (
    <span className="problem-chips">
      <span
        className="status-chip"
        data-problem-status={status}
        style={{ background, color: text }}
      >
        {known ? t(`problemStatus.${status}`) : status}
      </span>
      {overdue && <span className="tag tag-overdue">{t('problems.overdue')}</span>}
    </span>
  );
}
