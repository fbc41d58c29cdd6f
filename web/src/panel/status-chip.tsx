import { STATUS_COLORS, type Status } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';

/** Dark text on light statuses and white on dark ones, so every chip stays readable. */
const DARK_TEXT: ReadonlySet<Status> = new Set(['late', 'not_due', 'exempt']);

export function StatusChip({ status }: { status: Status }) {
  const t = useT();
  return (
    <span
      className="status-chip"
      data-status={status}
      style={{ background: STATUS_COLORS[status], color: DARK_TEXT.has(status) ? '#1f2933' : '#ffffff' }}
    >
      {t(`status.${status}`)}
    </span>
  );
}
