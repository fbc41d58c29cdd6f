import { useEffect, useState, type FormEvent } from 'react';
import { WEBHOOK_KINDS, checkWebhookUrl, type DeliveryItem, type WebhookItem, type WebhookKind } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { DisplayTokensPanel } from '../wall/display-tokens-panel.tsx';
import { useWebhooks } from './webhooks.store.ts';
import './notifications.css';

const KINDS = Object.values(WEBHOOK_KINDS);

/** What each kind of group message is called in the log; one this web does not know shows as its code. */
const DELIVERY_EVENTS: Readonly<Record<string, MessageKey>> = {
  test: 'delivery.event.test',
  go_to_grid: 'delivery.event.go_to_grid',
  report_due: 'delivery.event.report_due',
  report_missing: 'delivery.event.report_missing',
  missing_list: 'delivery.event.missing_list',
  report_reminder: 'delivery.event.report_reminder',
  problems_overdue: 'delivery.event.problems_overdue',
};

/** Admin: the group robots reminders go to — add one, send it a test, delete it, read its delivery log. */
export function WebhooksView() {
  const t = useT();
  const { list, load } = useWebhooks();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="webhooks-view">
      <p className="drawer-note">{t('webhooks.hint')}</p>
      <WebhookForm onError={setError} />
      {error && (
        <p className="form-error" role="alert">
          {t('webhooks.failed', { message: error })}
        </p>
      )}
      {list?.state === 'error' && <p className="form-error">{t('drawer.failed', { message: list.message })}</p>}
      {list?.state === 'ready' && list.data.length === 0 && <p className="drawer-note">{t('webhooks.none')}</p>}
      {list?.state === 'ready' && list.data.length > 0 && (
        <ul className="webhook-list">
          {list.data.map((w) => (
            <li key={w.id}>
              <WebhookRow w={w} onError={setError} />
            </li>
          ))}
        </ul>
      )}
      <DisplayTokensPanel />
    </div>
  );
}

function WebhookForm({ onError }: { onError: (message: string | null) => void }) {
  const t = useT();
  const { units, add } = useWebhooks();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<WebhookKind>('wecom');
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // the server's own check, so a typo is named before anything is sent
    if (!checkWebhookUrl(url).ok) {
      onError(t('error.bad_url'));
      return;
    }
    setBusy(true);
    onError(null);
    try {
      await add({ url: url.trim(), kind, unitId: unitId || null, name: name.trim() || null, secret: kind === 'dingtalk' && secret.trim() ? secret.trim() : null });
      setUrl('');
      setName('');
      setSecret('');
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="webhook-form" onSubmit={(e) => void submit(e)}>
      <label className="field field-grow">
        <span>{t('webhooks.url')}</span>
        <input value={url} required maxLength={2000} placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('webhooks.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as WebhookKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`webhooks.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('webhooks.unit')}</span>
        <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{t('webhooks.unit.none')}</option>
          {(units ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('webhooks.name')}</span>
        <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </label>
      {kind === 'dingtalk' && (
        <label className="field">
          <span>{t('webhooks.secret')}</span>
          <input value={secret} maxLength={200} autoComplete="off" onChange={(e) => setSecret(e.target.value)} />
        </label>
      )}
      <button type="submit" className="button button-primary" disabled={busy || !url.trim()}>
        {t('webhooks.add')}
      </button>
    </form>
  );
}

function WebhookRow({ w, onError }: { w: WebhookItem; onError: (message: string | null) => void }) {
  const t = useT();
  const { remove, test, loadLog } = useWebhooks();
  const log = useWebhooks((s) => s.logs[w.id]);
  const [open, setOpen] = useState(false);
  const [queued, setQueued] = useState(false);
  const [busy, setBusy] = useState(false);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    onError(null);
    try {
      await fn();
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="webhook-item" data-webhook={w.id}>
      <header className="webhook-title">
        <strong>{w.name ?? t(`webhooks.kind.${w.kind}`)}</strong>
        <span className="muted">
          {w.name ? `${t(`webhooks.kind.${w.kind}`)} · ` : ''}
          {w.unitName ?? t('webhooks.unit.none')}
          {w.signed ? ` · ${t('webhooks.signed')}` : ''}
        </span>
      </header>
      <code className="webhook-url">{w.url}</code>
      {w.lastDelivery && <p className="webhook-last">{t('webhooks.last', { status: t(`delivery.${w.lastDelivery.status}`) })}</p>}
      <div className="webhook-actions">
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await test(w.id);
              setQueued(true);
              setOpen(true);
            })
          }
        >
          {t('webhooks.test')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          onClick={() => {
            if (!open) void loadLog(w.id);
            setOpen(!open);
          }}
        >
          {t('webhooks.log')}
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={() => window.confirm(t('webhooks.confirmDelete')) && void act(() => remove(w.id))}>
          {t('webhooks.delete')}
        </button>
      </div>
      {queued && (
        <p className="drawer-note" role="status">
          {t('webhooks.queued')}
        </p>
      )}
      {open && (
        <div className="webhook-log">
          <button type="button" className="button button-small" onClick={() => void loadLog(w.id)}>
            {t('webhooks.refresh')}
          </button>
          {log?.state === 'error' && <p className="form-error">{t('drawer.failed', { message: log.message })}</p>}
          {log?.state === 'ready' && log.data.length === 0 && <p className="drawer-note">{t('webhooks.logEmpty')}</p>}
          {log?.state === 'ready' && log.data.length > 0 && <DeliveryTable rows={log.data} />}
        </div>
      )}
    </article>
  );
}

function DeliveryTable({ rows }: { rows: DeliveryItem[] }) {
  const t = useT();
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
  const event = (e: string) => (Object.hasOwn(DELIVERY_EVENTS, e) ? t(DELIVERY_EVENTS[e]) : e);
  return (
    <table className="delivery-table">
      <thead>
        <tr>
          <th>{t('webhooks.col.time')}</th>
          <th>{t('webhooks.col.event')}</th>
          <th>{t('webhooks.col.status')}</th>
          <th>{t('webhooks.col.attempts')}</th>
          <th>{t('webhooks.col.error')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} data-status={d.status}>
            <td>{when.format(Date.parse(d.sentAt ?? d.createdAt))}</td>
            <td>{event(d.event)}</td>
            <td>{t(`delivery.${d.status}`)}</td>
            <td>{d.attempts}</td>
            <td className="delivery-error">{d.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
