import { useMemo, useState } from 'react';
import { may, type OverdueResponse, type ReminderResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { StatusChip } from '../panel/status-chip.tsx';
import { policyUser } from '../session/policy-user.ts';
import { useSession } from '../session/session.store.ts';
import { notificationsApi } from './notifications-api.ts';
import { outstandingUnits } from './outstanding-units.ts';
import './notifications.css';

/** 催报 on the overdue list: remind every unit still to report, or one of them (staff; not once the week has closed). */
export function RemindPanel({ week, list }: { week: string; list: OverdueResponse | null }) {
  const t = useT();
  const locale = useLocale();
  const me = useSession().me;
  const units = useMemo(() => (list ? outstandingUnits(list, locale) : []), [list, locale]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ReminderResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!list || list.closedAt || !may(policyUser(me), 'reminder.send')) return null;

  const send = async (unitIds: string[] | null) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await notificationsApi.remind({ week, unitIds }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="remind-panel" aria-labelledby="remind-title">
      <header className="remind-head">
        <h3 id="remind-title" className="drawer-h3">
          {t('remind.title')}
        </h3>
        {units.length > 0 && (
          <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void send(null)}>
            {t('remind.all', { count: units.length })}
          </button>
        )}
      </header>
      <p className="drawer-note">{units.length > 0 ? t('remind.hint') : t('remind.none')}</p>
      {done && (
        <p className="form-ok" role="status">
          {t('remind.sent', { units: done.units.length, notified: done.notified, messages: done.messages })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('remind.failed', { message: error })}
        </p>
      )}
      {units.length > 0 && (
        <ul className="remind-list">
          {units.map((u) => (
            <li key={u.unitId}>
              <span className="remind-unit">{u.unitName}</span>
              <StatusChip status={u.status} />
              <button type="button" className="button button-small" disabled={busy} aria-label={`${t('remind.one')} ${u.unitName}`} onClick={() => void send([u.unitId])}>
                {t('remind.one')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
