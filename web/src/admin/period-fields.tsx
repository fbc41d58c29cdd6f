import { useT } from '../i18n/lang.ts';

/** From which day (required) until which day (open when blank) a post is held: the grid and 片区 forms' dates side by side. */
export function PeriodFields({ from, to, invalid, onFrom, onTo }: { from: string; to: string; invalid: boolean; onFrom: (day: string) => void; onTo: (day: string) => void }) {
  const t = useT();
  return (
    <div className="roster-dates">
      <label className="field">
        <span>{t('roster.from')}</span>
        <input type="date" name="from" required value={from} onChange={(e) => onFrom(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('roster.to')}</span>
        <input type="date" name="to" value={to} aria-invalid={invalid} onChange={(e) => onTo(e.target.value)} />
      </label>
    </div>
  );
}
