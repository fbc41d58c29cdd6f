import { useEffect, useState, type FormEvent } from 'react';
import { addWeeks } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { formatWeekDate } from '../week/weeks.ts';
import { useAccountability } from './accountability.store.ts';

/** Holidays are planned ahead: the admin can mark weeks up to half a year out, or back a quarter. */
const WEEKS_AHEAD = 26;
const WEEKS_BACK = 12;

/** Admin: mark a week exempt (a holiday) with a reason, or unmark it. */
export function ExemptWeeksView() {
  const t = useT();
  const locale = useLocale();
  const currentWeek = useData((s) => s.config?.currentWeek ?? null);
  const shownWeek = useView((s) => s.week);
  const load = useAccountability((s) => s.exempt);
  const loadExempt = useAccountability((s) => s.loadExempt);
  const setExempt = useAccountability((s) => s.setExempt);
  const [week, setWeek] = useState(shownWeek ?? currentWeek ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadExempt();
  }, [loadExempt]);

  if (!currentWeek) return null;
  const marked = load?.state === 'ready' ? load.data : [];
  const choices = Array.from({ length: WEEKS_AHEAD + WEEKS_BACK + 1 }, (_, i) => addWeeks(currentWeek, WEEKS_AHEAD - i));

  const run = async (target: string, why: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await setExempt(target, why);
      if (why !== null) setReason('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const mark = (e: FormEvent) => {
    e.preventDefault();
    if (week && reason.trim()) void run(week, reason.trim());
  };

  return (
    <div className="exempt-view">
      <p className="drawer-note">{t('exempt.hint')}</p>
      <form className="exempt-form" onSubmit={mark}>
        <label className="field">
          <span>{t('exempt.week')}</span>
          <select value={week} onChange={(e) => setWeek(e.target.value)}>
            {choices.map((w) => (
              <option key={w} value={w}>
                {w === currentWeek ? t('week.current', { label: t('week.option', { date: formatWeekDate(w, locale) }) }) : t('week.option', { date: formatWeekDate(w, locale) })}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-grow">
          <span>{t('exempt.reason')}</span>
          <input value={reason} maxLength={200} required placeholder={t('exempt.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !reason.trim()}>
          {t('exempt.mark')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {t('exempt.failed', { message: error })}
        </p>
      )}
      <h3 className="drawer-h3">{t('exempt.list')}</h3>
      {load?.state === 'error' && <p className="form-error">{t('drawer.failed', { message: load.message })}</p>}
      {load?.state === 'ready' && marked.length === 0 && <p className="drawer-note">{t('exempt.none')}</p>}
      <ul className="exempt-list">
        {[...marked].reverse().map((x) => (
          <li key={x.week}>
            <span className="exempt-week">{t('week.option', { date: formatWeekDate(x.week, locale) })}</span>
            <span className="exempt-reason">{x.reason}</span>
            <button type="button" className="button button-small" disabled={busy} onClick={() => void run(x.week, null)}>
              {t('exempt.unmark')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
