import { may, type ResponsibilityReport } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { policyUser } from '../session/policy-user.ts';
import { useSession } from '../session/session.store.ts';
import { useView } from '../state/view.store.ts';
import { isRosterIssue, rosterHref } from './roster-link.ts';

interface ResponsibilityListProps {
  report: ResponsibilityReport;
  onGrid: (gridId: string) => void;
}

/** 纵向到底: the grids and 片区 whose people are not all in place, or the all-clear. */
export function ResponsibilityList({ report, onGrid }: ResponsibilityListProps) {
  const t = useT();
  const sep = t('panel.listSeparator');
  const grids = report.grids.filter((g) => g.issues.length > 0);
  const areas = report.areas.filter((a) => a.issues.length > 0);
  const { me } = useSession();
  const canRoster = may(policyUser(me), 'roster.manage');
  // the planner who just split a grid staffs both halves from here
  const openRoster = (gridId: string) => {
    useView.getState().select({ grid: gridId, at: null }, { fly: true });
    useView.getState().openDrawer('roster');
  };
  return (
    <section className="responsibility" aria-labelledby="responsibility-title">
      <h3 id="responsibility-title" className="drawer-h3">
        {t('coverage.people')}
        {!report.ok && <span className="h3-note">{t('coverage.peopleIssues', { count: report.issueCount })}</span>}
      </h3>
      <p className={report.ok ? 'coverage-verdict ok small' : 'coverage-verdict bad small'}>
        {report.ok ? t('coverage.responsible') : t('coverage.notResponsible')}
      </p>
      {report.ok && <p className="muted">{t('coverage.peopleOk')}</p>}
      {(grids.length > 0 || areas.length > 0) && (
        <ul className="defect-list">
          {grids.map((g) => (
            <li key={g.gridId} className="defect-item" data-kind="people">
              <button type="button" className="defect-button" onClick={() => onGrid(g.gridId)} title={t('coverage.showOnMap')}>
                <span className="defect-kind">{g.code}</span>
                <span className="defect-detail">
                  {g.name} · {g.issues.map((i) => t(`coverage.issue.${i}`)).join(sep)}
                </span>
              </button>
              {canRoster && isRosterIssue(g.issues) && (
                <a
                  className="defect-roster-link"
                  href={rosterHref(window.location.search, g.gridId)}
                  onClick={(e) => {
                    e.preventDefault();
                    openRoster(g.gridId);
                  }}
                >
                  {t('coverage.staffGrid')}
                </a>
              )}
            </li>
          ))}
          {areas.map((a) => (
            <li key={a.areaId} className="defect-item" data-kind="people">
              <p className="defect-button static">
                <span className="defect-kind">{a.name}</span>
                <span className="defect-detail">{a.issues.map((i) => t(`coverage.issue.${i}`)).join(sep)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
