import type { Checklist, ResultResponse } from '@wangge/geodata';
import type { MouseEvent } from 'react';
import { useT } from '../../i18n/lang.ts';
import { useView } from '../../state/view.store.ts';

/** The address that opens a problem's card over the current view. */
function problemHref(id: string): string {
  const q = new URLSearchParams(window.location.search);
  q.set('problem', id);
  return `?${q.toString()}`;
}

/** The problems a point's failed items filed, each a link that opens it. */
export function FiledProblems({ result, checklist }: { result: ResultResponse; checklist: Checklist | undefined }) {
  const t = useT();
  const filed = result.items.flatMap((i) => (i.result === 'fail' && i.problemId !== null ? [{ itemId: i.itemId, problemId: i.problemId }] : []));
  if (filed.length === 0) return null;
  const open = (e: MouseEvent, id: string) => {
    e.preventDefault();
    useView.getState().openProblem(id);
  };
  return (
    <div className="scoring-filed">
      <p className="assessment-meta">{t('assessment.problemsFiled')}</p>
      <ul>
        {filed.map((i) => (
          <li key={i.itemId}>
            <a href={problemHref(i.problemId)} data-problem={i.problemId} onClick={(e) => open(e, i.problemId)}>
              {t('assessment.openProblem', { item: checklist?.items.find((c) => c.id === i.itemId)?.text ?? i.itemId })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
