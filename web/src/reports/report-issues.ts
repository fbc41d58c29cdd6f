import { MAX_REPORT_PHOTOS, type PhotoRefusalDetails, type ReportIncompleteDetails, type ReportIssue, type RequiredReportField } from '@wangge/geodata';
import type { MessageKey } from '../i18n/zh.ts';
import type { Message } from './countdown.ts';
import { MAX_PHOTO_MB } from './photo-check.ts';

/** What one missing piece of a report says, in the user's language. */
export function issueMessage(issue: ReportIssue): Message {
  switch (issue.problem) {
    case 'missing':
      return { key: 'issue.workedOn.missing' };
    case 'invalid':
      return { key: 'issue.workedOn.invalid', params: { value: issue.value } };
    case 'outside_week':
      return { key: 'issue.workedOn.outside_week', params: { value: issue.value, from: issue.from, to: issue.to } };
    case 'future':
      return { key: 'issue.workedOn.future', params: { value: issue.value, today: issue.today } };
    case 'too_few':
      return { key: `issue.${issue.field}.too_few`, params: { need: issue.need, have: issue.have } };
  }
}

/** The checklist line of each requirement. */
export const REQUIREMENT_LABELS: Readonly<Record<RequiredReportField, MessageKey>> = {
  workedOn: 'require.workedOn',
  participants: 'require.participants',
  activities: 'require.activities',
  content: 'require.content',
  photos: 'require.photos',
};

/** How the form shows a refused submission. */
export type Refusal =
  | { kind: 'incomplete'; issues: ReportIssue[] }
  | { kind: 'conflict'; message: Message }
  | { kind: 'message'; message: Message };

const photoOf = (details: unknown) => (details as PhotoRefusalDetails | undefined)?.photo ?? '';

/**
 * A refusal from POST /api/reports in the user's words, read from its code and details; an error
 * this form does not know shows the server's own message.
 */
export function refusalOf(err: { status?: number; code?: string; message: string; details?: unknown }): Refusal {
  switch (err.code) {
    case 'report_incomplete':
      return { kind: 'incomplete', issues: (err.details as ReportIncompleteDetails).issues };
    case 'report_exists':
      return { kind: 'conflict', message: { key: 'form.conflictExists' } };
    case 'stale_revision':
      return { kind: 'conflict', message: { key: 'form.conflictUnknown' } };
    case 'photo_reused': {
      const other = (err.details as PhotoRefusalDetails | undefined)?.report;
      return other
        ? { kind: 'message', message: { key: 'refusal.photoReused', params: { photo: photoOf(err.details), week: other.week, grid: `${other.gridName}（${other.gridCode}）` } } }
        : { kind: 'message', message: { key: 'refusal.photoReusedElsewhere' } };
    }
    case 'photo_duplicate':
      return { kind: 'message', message: { key: 'refusal.photoDuplicate', params: { photo: photoOf(err.details) } } };
    case 'too_many_photos':
      return { kind: 'message', message: { key: 'refusal.tooManyPhotos', params: { max: MAX_REPORT_PHOTOS } } };
    case 'not_an_image':
      return { kind: 'message', message: { key: 'refusal.notAnImage', params: { photo: photoOf(err.details) } } };
    case 'too_large':
      return { kind: 'message', message: { key: 'refusal.tooLarge', params: { photo: photoOf(err.details), mb: MAX_PHOTO_MB } } };
  }
  return err.status === 409 ? { kind: 'conflict', message: { key: 'form.conflictUnknown' } } : { kind: 'message', message: { key: 'form.failed', params: { message: err.message } } };
}
