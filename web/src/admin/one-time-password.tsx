import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/lang.ts';

/** A one-time password, shown once in a modal with a copy button; closing it forgets the password. */
export function OneTimePasswordDialog({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // no clipboard (plain http, or refused): the password stays selectable on screen
      setCopied(false);
    }
  };

  return (
    <dialog ref={ref} className="login-dialog otp-dialog" aria-labelledby="otp-title" onClose={onClose}>
      <h2 id="otp-title">{t('users.otpTitle', { name })}</h2>
      <p className="otp-row">
        <output className="otp-value" aria-label={t('users.otpTitle', { name })}>
          {password}
        </output>
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t('users.copied') : t('users.copy')}
        </button>
      </p>
      <p className="drawer-note">{t('users.otpNote')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('users.otpDone')}
        </button>
      </div>
    </dialog>
  );
}
