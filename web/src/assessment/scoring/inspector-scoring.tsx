import { useState } from 'react';
import { may, type RoundSummary, type SampledPoint } from '@wangge/geodata';
import { useT } from '../../i18n/lang.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import { useProblemCamera } from '../../problems/camera.store.ts';
import { policyUser } from '../../session/policy-user.ts';
import { useSessionStore } from '../../session/session.store.ts';
import { pointAt } from './point-at.ts';
import { PointScoring } from './point-scoring.tsx';
import { useRoundScoring } from './use-round-scoring.ts';

/** The inspector on a phone: a round's points handed to them (an admin sees all), each opened to be scored; tapping one flies the map to it. */
export function InspectorScoring({ rounds }: { rounds: RoundSummary[] }) {
  const t = useT();
  const me = useSessionStore((s) => s.me);
  const [roundId, setRoundId] = useState<string | null>(rounds[0]?.id ?? null);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, record } = useRoundScoring(roundId);

  if (error)
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  const user = policyUser(me);
  const mine = data?.round.sample.filter((s) => may(user, 'assessment.score', { inspectorId: s.inspectorId })) ?? [];
  const gridCode = (s: SampledPoint) => data?.points.get(s.pointId)?.properties.gridCode ?? null;
  const opened = mine.find((s) => s.pointId === open);
  if (data && opened)
    return (
      <PointScoring
        key={opened.pointId}
        roundId={data.round.id}
        point={opened}
        gridCode={gridCode(opened)}
        checklist={data.checklists.find((c) => c.kind === opened.kind)}
        previous={data.results.get(opened.pointId)}
        onSubmitted={record}
        onBack={() => setOpen(null)}
      />
    );

  const choose = (s: SampledPoint) => {
    setOpen(s.pointId);
    const feature = data?.points.get(s.pointId);
    if (feature) useProblemCamera.getState().flyTo(pointAt(feature.geometry));
  };
  return (
    <div className="scoring-rounds">
      <label className="field">
        <span>{t('assessment.round')}</span>
        <select value={roundId ?? ''} onChange={(e) => setRoundId(e.target.value)}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {!data && <p className="drawer-note">{t('drawer.loading')}</p>}
      {data && mine.length === 0 && <p className="drawer-note">{t('assessment.noMyPoints')}</p>}
      {data && mine.length > 0 && (
        <>
          <p className="assessment-meta">{t('assessment.myPoints', { done: mine.filter((s) => s.submittedAt !== null).length, count: mine.length })}</p>
          <ul className="scoring-list">
            {mine.map((s) => (
              <li key={s.pointId}>
                <button type="button" className="scoring-list-point" data-point={s.pointId} data-done={s.submittedAt !== null} onClick={() => choose(s)}>
                  <span className="scoring-list-name">{s.name}</span>
                  <span className="muted">
                    {t(`assessment.kind.${s.kind}` as MessageKey)} · {gridCode(s) ?? t('assessment.outsideGrids')}
                  </span>
                  <span className={s.submittedAt !== null ? 'scoring-done' : 'scoring-todo'}>{s.submittedAt !== null ? t('assessment.done') : t('assessment.notDone')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
