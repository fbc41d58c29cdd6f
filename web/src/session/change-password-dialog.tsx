import { MIN_PASSWORD_LENGTH } from '@wangge/geodata';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/error-message.ts';
import { useT } from '../i18n/lang.ts';
import { passwordCheck } from './password-check.ts';
import { useSession } from './session.store.ts';

/**
 * After a login with a one-time password: the account must choose its own before anything else
 * (the server refuses everything else meanwhile). It cannot be dismissed, only left by logging out.
 */
export function ChangePasswordDialog() {
  const t = useT();
  const { me, changePassword, logout } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const weak = passwordCheck(next, me?.username ?? '');
  const mismatch = repeat !== '' && repeat !== next;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (weak || mismatch || !next) return;
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    // Escape would close a modal dialog: this one stays until the password is changed
    <dialog ref={ref} className="login-dialog" aria-labelledby="password-title" onCancel={(e) => e.preventDefault()}>
      <form onSubmit={submit}>
        <h2 id="password-title">{t('password.title')}</h2>
        <p className="drawer-note">{t('password.why')}</p>
        <input type="text" name="username" autoComplete="username" value={me?.username ?? ''} readOnly hidden />
        <label className="field">
          <span>{t('password.current')}</span>
          <input name="current" type="password" autoComplete="current-password" required autoFocus value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('password.next')}</span>
          <input name="next" type="password" autoComplete="new-password" required value={next} aria-invalid={weak !== null} onChange={(e) => setNext(e.target.value)} />
          <small className={weak ? 'field-problem' : 'muted'}>{weak ? t(weak.key, weak.params) : t('password.rules', { min: MIN_PASSWORD_LENGTH })}</small>
        </label>
        <label className="field">
          <span>{t('password.repeat')}</span>
          <input name="repeat" type="password" autoComplete="new-password" required value={repeat} aria-invalid={mismatch} onChange={(e) => setRepeat(e.target.value)} />
          {mismatch && <small className="field-problem">{t('password.mismatch')}</small>}
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => void logout()}>
            {t('session.logout')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || weak !== null || mismatch || !next || !current}>
            {busy ? t('password.submitting') : t('password.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
