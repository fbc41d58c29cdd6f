import { useEffect, useState } from 'react';
import type { ProblemCategory } from '@wangge/geodata';
import { isAbort } from '../../api/client.ts';
import { useT } from '../../i18n/lang.ts';
import { problemsApi } from '../problems-api.ts';

/** How long the units get to fix a problem of the chosen category (this deployment's deadlines). */
export function DeadlineHint({ category }: { category: ProblemCategory | null }) {
  const t = useT();
  const [hours, setHours] = useState<Readonly<Record<string, number>> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // only a hint: without it the form still works, and the card shows the deadline the server set
    problemsApi.deadlines(controller.signal).then(setHours, (err) => !isAbort(err) && setHours(null));
    return () => controller.abort();
  }, []);

  const h = category && hours ? hours[category] : undefined;
  if (h === undefined) return null;
  return <p className="field-hint deadline-hint">{h >= 48 && h % 24 === 0 ? t('filing.deadlineDays', { days: h / 24 }) : t('filing.deadlineHours', { hours: h })}</p>;
}
