import { isProblemStatus, PROBLEM_STATUS_COLORS, type ProblemStatus } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { PROBLEM_OTHER_COLOR } from '../map/layers/problems.layer.ts';

/** The pale workflow colours need dark text; the strong ones white. */
const DARK_TEXT: ReadonlySet<ProblemStatus> = new Set(['assigned', 'in_progress', 'fixed']);

/** A problem's status in its pin colour, with the overdue mark beside it when it is overdue. */
export function ProblemStatusChip({ status, overdue = false }: { status: string; overdue?: boolean }) {
  const t = useT();
  const known = isProblemStatus(status);
  return (
    <span className="problem-chips">
      <span
        className="status-chip"
        data-problem-status={status}
        style={{
          background: known ? PROBLEM_STATUS_COLORS[status] : PROBLEM_OTHER_COLOR,
          color: known && DARK_TEXT.has(status) ? '#1f2933' : '#ffffff',
        }}
      >
        {known ? t(`problemStatus.${status}`) : status}
      </span>
      {overdue && <span className="tag tag-overdue">{t('problems.overdue')}</span>}
    </span>
  );
}
