import type { Status } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { STATUS_CHIPS } from '../theme/chips.ts';

/** A status as a coloured chip, readable at WCAG AA on every status colour (theme/chips.ts). */
export function StatusChip({ status }: { status: Status }) {
  const t = useT();
  const { background, text } = STATUS_CHIPS[status];
  return (
    <span className="status-chip" data-status={status} style={{ background, color: text }}>
      {t(`status.${status}`)}
    </span>
  );
}
