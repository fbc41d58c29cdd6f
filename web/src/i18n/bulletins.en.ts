import type { bulletinsZh } from './bulletins.zh.ts';

/** English for the weekly 通报, the quarterly 考核 and the wall display (keys as bulletins.zh.ts). */
export const bulletinsEn: Readonly<Record<keyof typeof bulletinsZh, string>> = {
  'bulletin.title': 'Weekly bulletin',
  'bulletin.hint': "The civilised-city office's bulletin for the week of {week}: units on time, late and missing per area and street office, units missing weeks running, overdue problems, and the week's status map.",
  'bulletin.issued': 'Issued {time} (the week is closed: it no longer changes).',
  'bulletin.draft': 'Not issued yet: it is issued when the week closes and follows the reports until then.',
  'bulletin.pdf': 'PDF',
  'bulletin.docx': 'Word',
  'bulletin.download': 'Download the bulletin for the week of {week} ({format})',
  'bulletin.comment': "The office's comment",
  'bulletin.commentHint': 'Printed at the end of the bulletin; it can be changed until the bulletin is issued. Leave it empty for none.',
  'bulletin.commentSave': 'Save comment',
  'bulletin.commentSaved': 'Comment saved.',
  'bulletin.commentBy': 'By {by}, {time}',
  'bulletin.commentFailed': 'Could not save: {message}',
  'bulletin.failed': 'The bulletin could not be loaded: {message}',
};
