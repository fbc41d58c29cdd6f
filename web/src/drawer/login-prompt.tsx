import { useState } from 'react';
import { useT } from '../i18n/lang.ts';
import { LoginDialog } from '../session/login-dialog.tsx';

/** What a view shows to nobody: a link to it was opened before logging in. */
export function LoginPrompt() {
  const t = useT();
  const [dialog, setDialog] = useState(false);
  return (
    <div className="drawer-note">
      <p>{t('session.needLogin')}</p>
      <button type="button" className="button button-primary" onClick={() => setDialog(true)}>
        {t('session.login')}
      </button>
      {dialog && <LoginDialog onClose={() => setDialog(false)} />}
    </div>
  );
}
