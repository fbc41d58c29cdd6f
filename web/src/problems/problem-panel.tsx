import { useRef } from 'react';
import { useT } from '../i18n/lang.ts';
import { ProblemCard } from './card/problem-card.tsx';
import { useProblemCard } from './card.store.ts';
import { FilingForm } from './filing/filing-form.tsx';
import { useFiling } from './filing.store.ts';
import { useEscapeClose } from './use-escape-close.ts';
import './problem-panel.css';

/** The right-hand panel (a sheet on phones) for a problem: the filing form while filing, else the open card. */
export function ProblemPanel() {
  const t = useT();
  const filing = useFiling((s) => s.active);
  const cancel = useFiling((s) => s.cancel);
  const detail = useProblemCard((s) => s.detail);
  const close = useProblemCard((s) => s.close);
  const panel = useRef<HTMLElement>(null);
  useEscapeClose(filing || detail !== null, filing ? cancel : close, panel);
  if (!filing && !detail) return null;

  const load = detail?.load;
  return (
    <aside ref={panel} className="problem-panel" aria-labelledby="problem-heading" aria-busy={load?.state === 'loading'}>
      <button
        type="button"
        className="icon-button panel-close"
        onClick={filing ? cancel : close}
        aria-label={filing ? t('filing.close') : t('problemCard.close')}
        title={filing ? t('filing.close') : t('problemCard.close')}
      >
        ×
      </button>
      {filing && <FilingForm />}
      {!filing && load?.state === 'ready' && <ProblemCard problem={load.data} />}
      {!filing && load?.state === 'loading' && (
        <p className="panel-loading" id="problem-heading">
          {t('problemCard.loading')}
        </p>
      )}
      {!filing && load?.state === 'error' && (
        <p className="panel-error" role="alert" id="problem-heading">
          {t('problemCard.failed', { message: load.message })}
        </p>
      )}
    </aside>
  );
}
