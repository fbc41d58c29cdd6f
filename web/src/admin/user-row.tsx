import { useState } from 'react';
import { ROLES, type AccountInfo, type AccountPatch, type Role } from '@wangge/geodata';
import { FormError } from '../forms/form-error.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { UnitSelect } from './unit-select.tsx';
import { usersApi } from './users-api.ts';
import { useUsers } from './users.store.ts';

function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

/** One account: who, role and unit, state, last login; disable or enable, reset the password, change role or unit. */
export function UserRow({ account, onOneTime }: { account: AccountInfo; onOneTime: (name: string, password: string) => void }) {
  const t = useT();
  const locale = useLocale();
  const put = useUsers((s) => s.put);
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(account.role);
  const [unitId, setUnitId] = useState(account.unitId ?? '');
  const { busy, error, submit: run } = useSubmit();
  const name = account.displayName;

  const update = (patch: AccountPatch) => run(async () => put(await usersApi.update(account.id, patch)));
  const toggle = () => {
    if (!account.disabled && !window.confirm(t('users.confirmDisable', { name }))) return;
    void update({ disabled: !account.disabled });
  };
  const reset = () => {
    if (!window.confirm(t('users.confirmReset', { name }))) return;
    void run(async () => {
      const { oneTimePassword } = await usersApi.resetPassword(account.id);
      put({ ...account, mustChangePassword: true });
      onOneTime(name, oneTimePassword);
    });
  };
  const save = () =>
    void run(async () => {
      put(await usersApi.update(account.id, { role, unitId: role === ROLES.reporter ? unitId : null }));
      setEditing(false);
    });

  return (
    <li className={account.disabled ? 'user-row is-disabled' : 'user-row'} data-username={account.username}>
      <div className="user-row-who">
        <strong>{name}</strong>
        <span className="muted">{account.username}</span>
      </div>
      <div className="user-row-what">
        <span>{t(`role.${account.role}`)}</span>
        {account.unitName && <span>{account.unitName}</span>}
        <span className={account.disabled ? 'badge badge-off' : 'badge'}>{account.disabled ? t('users.disabled') : t('users.enabled')}</span>
        {account.mustChangePassword && <span className="badge badge-warn">{t('users.mustChange')}</span>}
      </div>
      <div className="user-row-when muted">
        {t('users.lastLogin')}：{account.lastLoginAt ? formatTime(account.lastLoginAt, locale) : t('users.never')}
      </div>
      {editing ? (
        <div className="user-row-edit">
          <label className="field">
            <span>{t('users.role')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {Object.values(ROLES).map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {role === ROLES.reporter && <UnitSelect value={unitId} onChange={setUnitId} />}
          <p className="muted field-wide">{t('users.confirmRole', { name })}</p>
          <div className="dialog-actions field-wide">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('users.cancel')}
            </button>
            <button type="button" className="button button-primary" disabled={busy || (role === ROLES.reporter && !unitId)} onClick={save}>
              {t('users.save')}
            </button>
          </div>
        </div>
      ) : (
        <div className="user-row-actions">
          <button type="button" className="button" disabled={busy} onClick={() => setEditing(true)}>
            {t('users.edit')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={toggle}>
            {account.disabled ? t('users.enable') : t('users.disable')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={reset}>
            {t('users.reset')}
          </button>
        </div>
      )}
      <FormError error={error && t('users.failed', { message: error })} />
    </li>
  );
}
