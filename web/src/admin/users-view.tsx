import { useEffect, useState } from 'react';
import { useT } from '../i18n/lang.ts';
import { AddUserForm } from './add-user-form.tsx';
import { OneTimePasswordDialog } from './one-time-password.tsx';
import { UserRow } from './user-row.tsx';
import { useUsers } from './users.store.ts';
import './admin.css';

/** Admin: the county's accounts — search, add, disable or enable, reset a password, change a role or unit. */
export function UsersView() {
  const t = useT();
  const { items: accounts, error, search, load, put } = useUsers();
  const [adding, setAdding] = useState(false);
  const [oneTime, setOneTime] = useState<{ name: string; password: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    void load(useUsers.getState().search);
  }, [load]);

  return (
    <div className="users-view">
      <div className="users-bar">
        <label className="field field-grow">
          <span>{t('users.search')}</span>
          <input type="search" value={search} placeholder={t('users.searchPlaceholder')} onChange={(e) => void load(e.target.value)} />
        </label>
        {!adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('users.add')}
          </button>
        )}
      </div>
      {adding && (
        <AddUserForm
          onCancel={() => setAdding(false)}
          onAdded={({ user, oneTimePassword }) => {
            put(user);
            setAdding(false);
            setAdded(user.displayName);
            if (oneTimePassword) setOneTime({ name: user.displayName, password: oneTimePassword });
          }}
        />
      )}
      {added && (
        <p className="drawer-note" role="status">
          {t('users.added', { name: added })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('users.failed', { message: error })}
        </p>
      )}
      {accounts === null && !error && <p className="drawer-note">{t('users.loading')}</p>}
      {accounts && (
        <>
          <p className="drawer-note">{accounts.length ? t('users.count', { count: accounts.length }) : t('users.none')}</p>
          <ul className="user-list" aria-label={t('drawer.users')}>
            {accounts.map((a) => (
              <UserRow key={a.id} account={a} onOneTime={(name, password) => setOneTime({ name, password })} />
            ))}
          </ul>
        </>
      )}
      {oneTime && <OneTimePasswordDialog name={oneTime.name} password={oneTime.password} onClose={() => setOneTime(null)} />}
    </div>
  );
}
