import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/lang.ts';
import { loginError } from './login-error.ts';
import { useSession } from './session.store.ts';

/** The login form in a modal dialog. */
export function LoginDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { login } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReturnType<typeof loginError> | null>(null);

  // no close() on cleanup: removing the element closes it, and a close event would unmount it again under StrictMode
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // logging in opens the role's home view (state/wiring.ts)
      await login(username.trim(), password);
      onClose();
    } catch (err) {
      setError(loginError(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="login-dialog" aria-labelledby="login-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="login-title">{t('session.dialogTitle')}</h2>
        <label className="field">
          <span>{t('session.username')}</span>
          <input name="username" autoComplete="username" required autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('session.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <div className="form-error" role="alert">
            <p>{t(error.key, error.params)}</p>
            {error.hint && <p className="login-hint">{t(error.hint)}</p>}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('session.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('session.submitting') : t('session.login')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
