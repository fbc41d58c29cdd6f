import { useEffect, useState } from 'react';
import { may, type BulletinResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { isAbort } from '../api/client.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { policyUser } from '../session/policy-user.ts';
import { useSession } from '../session/session.store.ts';
import { formatInstant, formatWeekDate } from '../week/weeks.ts';
import { bulletinsApi } from './bulletins-api.ts';
import { CommentForm } from './comment-form.tsx';
import './bulletins.css';

const FILES = [
  { format: 'pdf', label: 'bulletin.pdf' },
  { format: 'docx', label: 'bulletin.docx' },
] as const;

/** The week's 通报 on the accountability view: PDF and Word downloads (staff) and, before it is issued, the admin's comment. */
export function BulletinPanel({ week }: { week: string }) {
  const t = useT();
  const locale = useLocale();
  const me = useSession().me;
  const user = policyUser(me);
  const canRead = may(user, 'bulletin.read');
  const [bulletin, setBulletin] = useState<BulletinResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!canRead) return;
    const abort = new AbortController();
    setBulletin(null);
    setError(null);
    bulletinsApi.get(week, abort.signal).then(setBulletin, (err: unknown) => {
      if (!isAbort(err)) setError(errorMessage(err));
    });
    return () => abort.abort();
  }, [week, canRead]);

  if (!canRead) return null;
  const weekLabel = formatWeekDate(week, locale);
  return (
    <section className="bulletin-panel" aria-labelledby="bulletin-title">
      <header className="bulletin-head">
        <h3 id="bulletin-title" className="drawer-h3">
          {t('bulletin.title')}
        </h3>
        <div className="bulletin-files">
          {FILES.map((f) => (
            <a key={f.format} className="button button-small" href={bulletinsApi.fileUrl(week, f.format)} download aria-label={t('bulletin.download', { week: weekLabel, format: t(f.label) })}>
              {t(f.label)}
            </a>
          ))}
        </div>
      </header>
      <p className="drawer-note">{t('bulletin.hint', { week: weekLabel })}</p>
      {bulletin && <p className="drawer-note">{bulletin.issuedAt ? t('bulletin.issued', { time: formatInstant(bulletin.issuedAt, locale) }) : t('bulletin.draft')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {t('bulletin.failed', { message: error })}
        </p>
      )}
      {bulletin && !bulletin.issuedAt && may(user, 'bulletin.comment') && <CommentForm week={week} comment={bulletin.comment} />}
      {bulletin?.issuedAt && bulletin.comment && (
        <blockquote className="bulletin-comment">
          <p>{bulletin.comment.text}</p>
          <footer className="muted">{t('bulletin.commentBy', { by: bulletin.comment.by, time: formatInstant(bulletin.comment.at, locale) })}</footer>
        </blockquote>
      )}
    </section>
  );
}
