import { useEffect, useMemo, useState } from 'react';
import type { Status } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { useSession } from '../session/session.store.ts';
import { useData, useStatus } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';
import { DeadlineBanner } from './deadline-banner.tsx';
import { GridReportCard } from './grid-report-card.tsx';
import { useReports } from './reports.store.ts';

const DONE: ReadonlySet<Status> = new Set(['on_time', 'late', 'exempt']);

/** A unit reporter's week: the deadline, and each grid the unit holds with its status and report form. */
export function ReportsView() {
  const t = useT();
  const { me } = useSession();
  const week = useView((s) => s.week);
  const grids = useData((s) => s.grids);
  const status = useStatus(week);
  const load = useReports((s) => (week ? s.byWeek[week] : undefined));
  const loadWeek = useReports((s) => s.loadWeek);
  const [openGrid, setOpenGrid] = useState<string | null>(null);
  const unitId = me?.unitId ?? null;

  useEffect(() => {
    if (week && unitId) void loadWeek(week);
  }, [week, unitId, loadWeek]);

  const held = useMemo(
    () => (grids && unitId ? grids.features.map((f) => f.properties).filter((g) => g.unitIds.includes(unitId)).sort((a, b) => a.code.localeCompare(b.code)) : []),
    [grids, unitId],
  );

  if (!unitId) return <p className="drawer-note">{t('reports.noUnit')}</p>;
  if (!week) return null;

  const statusOf = (gridId: string): Status | null =>
    status?.grids.find((g) => g.gridId === gridId)?.units.find((u) => u.unitId === unitId)?.status ?? null;
  const reports = load?.state === 'ready' ? load.data : [];
  const todo = held.filter((g) => {
    const s = statusOf(g.id);
    return s !== null && !DONE.has(s);
  }).length;

  return (
    <div className="reports-view">
      <DeadlineBanner week={week} todo={todo} total={held.length} />
      {load?.state === 'error' && (
        <p className="form-error" role="alert">
          {t('drawer.failed', { message: load.message })}
        </p>
      )}
      <section aria-labelledby="held-grids">
        <h3 id="held-grids" className="drawer-h3">
          {t('reports.grids', { count: held.length })}
        </h3>
        {held.length === 0 && <p className="drawer-note">{t('reports.noGrids')}</p>}
        <ul className="report-cards">
          {held.map((g) => (
            <GridReportCard
              key={g.id}
              grid={g}
              week={week}
              status={statusOf(g.id)}
              report={reports.find((r) => r.gridId === g.id) ?? null}
              ready={load?.state === 'ready'}
              open={openGrid === g.id}
              onToggle={() => setOpenGrid(openGrid === g.id ? null : g.id)}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
