import { useState, type FormEvent } from 'react';
import { ROLES, type NewAccountResponse, type Role } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useT } from '../i18n/lang.ts';
import { passwordCheck } from '../session/password-check.ts';
import { UnitSelect } from './unit-select.tsx';
import { usersApi } from './users-api.ts';

/** Adds an account: a reporter names its unit; without a password the server hands back a one-time one. */
export function AddUserForm({ onAdded, onCancel }: { onAdded: (made: NewAccountResponse) => void; onCancel: () => void }) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>(ROLES.reporter);
  const [unitId, setUnitId] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit: write } = useSubmit();
  const weak = passwordCheck(password, username.trim());
  const needsUnit = role === ROLES.reporter;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (weak || (needsUnit && !unitId)) return;
    await write(async () =>
      onAdded(
        await usersApi.add({
          username: username.trim(),
          displayName: displayName.trim(),
          role,
          unitId: needsUnit ? unitId : null,
          ...(password ? { password } : {}),
        }),
      ),
    );
  };

  return (
    <form className="user-form" onSubmit={submit} aria-label={t('users.addTitle')}>
      <label className="field">
        <span>{t('users.username')}</span>
        <input name="username" required pattern="[\w.\-]{2,64}" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('users.displayName')}</span>
        <input name="displayName" required maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('users.role')}</span>
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {Object.values(ROLES).map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {needsUnit && <UnitSelect value={unitId} onChange={setUnitId} />}
      <label className="field field-wide">
        <span>{t('users.password')}</span>
        <input name="password" type="password" autoComplete="new-password" value={password} aria-invalid={weak !== null} onChange={(e) => setPassword(e.target.value)} />
        <small className={weak ? 'field-problem' : 'muted'}>{weak ? t(weak.key, weak.params) : t('users.passwordHint')}</small>
      </label>
      <FormError error={error} wide />
      <div className="dialog-actions field-wide">
        <button type="button" className="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || weak !== null || (needsUnit && !unitId)}>
          {t('users.create')}
        </button>
      </div>
    </form>
  );
}
