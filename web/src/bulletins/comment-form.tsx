import { useState, type FormEvent } from 'react';
import { BULLETIN_COMMENT_MAX, type BulletinComment } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useLocale, useT } from '../i18n/lang.ts';
import { formatInstant } from '../week/weeks.ts';
import { bulletinsApi } from './bulletins-api.ts';

/** The admin's comment on a 通报 not yet issued: saved on the server, printed at the end of the files. */
export function CommentForm({ week, comment }: { week: string; comment: BulletinComment | null }) {
  const t = useT();
  const locale = useLocale();
  const [text, setText] = useState(comment?.text ?? '');
  const [saved, setSaved] = useState<BulletinComment | null>(comment);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState('saving');
    setError(null);
    try {
      setSaved((await bulletinsApi.comment(week, text)).comment);
      setState('saved');
    } catch (err) {
      setError(errorMessage(err));
      setState('idle');
    }
  };

  return (
    <form className="bulletin-comment-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor="bulletin-comment">{t('bulletin.comment')}</label>
      <textarea id="bulletin-comment" rows={3} maxLength={BULLETIN_COMMENT_MAX} value={text} onChange={(e) => { setText(e.target.value); setState('idle'); }} />
      <p className="drawer-note">{saved ? t('bulletin.commentBy', { by: saved.by, time: formatInstant(saved.at, locale) }) : t('bulletin.commentHint')}</p>
      <button type="submit" className="button button-small" disabled={state === 'saving'}>
        {t('bulletin.commentSave')}
      </button>
      {state === 'saved' && (
        <p className="form-ok" role="status">
          {t('bulletin.commentSaved')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('bulletin.commentFailed', { message: error })}
        </p>
      )}
    </form>
  );
}
