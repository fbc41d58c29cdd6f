import { useEffect, useState, type FormEvent } from 'react';
import type { DisplayToken, NewDisplayToken } from '@wangge/geodata';
import { getJson, sendJson } from '../api/client.ts';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatInstant } from '../week/weeks.ts';

/** Admin: the wall display's tokens — make one (its address is shown once), revoke one. */
export function DisplayTokensPanel() {
  const t = useT();
  const locale = useLocale();
  const [tokens, setTokens] = useState<DisplayToken[] | null>(null);
  const [name, setName] = useState('');
  const [made, setMade] = useState<NewDisplayToken | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = () => getJson<DisplayToken[]>('/api/display-tokens').then(setTokens, (err: unknown) => setError(errorMessage(err)));
  useEffect(() => {
    void reload();
  }, []);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setMade(await sendJson<NewDisplayToken>('POST', '/api/display-tokens', { name }));
      setName('');
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const revoke = async (id: string) => {
    setError(null);
    try {
      await sendJson('DELETE', `/api/display-tokens/${encodeURIComponent(id)}`);
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="display-tokens" aria-labelledby="display-tokens-title">
      <h3 id="display-tokens-title" className="drawer-h3">
        {t('wall.tokens')}
      </h3>
      <p className="drawer-note">{t('wall.tokensHint')}</p>
      <form className="webhook-form" onSubmit={(e) => void create(e)}>
        <label className="field field-grow">
          <span>{t('wall.tokenName')}</span>
          <input value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button button-small">
          {t('wall.tokenCreate')}
        </button>
      </form>
      {made && (
        <p className="form-ok" role="status">
          {t('wall.tokenMade')} <code>{`${window.location.origin}/?view=wall&token=${encodeURIComponent(made.token)}`}</code>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {tokens && tokens.length > 0 && (
        <ul className="webhook-list">
          {tokens.map((d) => (
            <li key={d.id}>
              <strong>{d.name}</strong> <span className="muted">{d.revokedAt ? t('wall.tokenRevoked', { time: formatInstant(d.revokedAt, locale) }) : formatInstant(d.createdAt, locale)}</span>
              {!d.revokedAt && (
                <button type="button" className="button button-small" aria-label={`${t('wall.tokenRevoke')} ${d.name}`} onClick={() => void revoke(d.id)}>
                  {t('wall.tokenRevoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
