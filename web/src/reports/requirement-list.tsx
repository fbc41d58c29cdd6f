import { REQUIRED_REPORT_FIELDS, type ReportIssue, type ReportRequirements, type RequiredReportField } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';
import { REQUIREMENT_LABELS } from './report-issues.ts';

/** The minimum each requirement sets; 0 (or a date not required) means the county does not ask for it. */
function minimum(requirements: ReportRequirements, field: RequiredReportField): number {
  switch (field) {
    case 'workedOn':
      return requirements.workedOn ? 1 : 0;
    case 'participants':
      return requirements.minParticipants;
    case 'activities':
      return requirements.minActivities;
    case 'content':
      return requirements.minContentChars;
    case 'photos':
      return requirements.minPhotos;
  }
}

/** What the county requires of a report, each line marked as met or still missing in the draft. */
export function RequirementList({ requirements, issues }: { requirements: ReportRequirements; issues: readonly ReportIssue[] }) {
  const t = useT();
  const asked = REQUIRED_REPORT_FIELDS.filter((f) => minimum(requirements, f) > 0);
  if (asked.length === 0) return null;
  return (
    <section className="requirements" aria-labelledby="requirements-title">
      <h4 id="requirements-title">{t('require.title')}</h4>
      <ul>
        {asked.map((field) => {
          const met = !issues.some((i) => i.field === field);
          return (
            <li key={field} data-field={field} data-met={met}>
              <span className="requirement-mark" aria-hidden="true">
                {met ? '✓' : '○'}
              </span>
              <span>{t(REQUIREMENT_LABELS[field], { n: minimum(requirements, field) })}</span>
              <span className="visually-hidden">{t(met ? 'require.met' : 'require.missing')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
