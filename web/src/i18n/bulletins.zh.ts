/**
 * The weekly 通报 (downloads and the admin's comment), the quarterly 考核 and the wall display.
 * Spread into zh.ts; bulletins.en.ts has the same keys.
 */
export const bulletinsZh = {
  'bulletin.title': '周通报',
  'bulletin.hint': '县创文办{week}当周通报：各片区、街道的按时、逾期和未报单位，连续未报单位，逾期未整改问题，附本周状态图。',
  'bulletin.issued': '已于 {time} 发布（周已截止归档，内容不再变化）。',
  'bulletin.draft': '未发布：本周截止归档时发布，此前内容随报送情况更新。',
  'bulletin.pdf': 'PDF',
  'bulletin.docx': 'Word',
  'bulletin.download': '下载{week}当周通报（{format}）',
  'bulletin.comment': '县创文办意见',
  'bulletin.commentHint': '发布前可填写，将印在通报末尾；留空则不附意见。',
  'bulletin.commentSave': '保存意见',
  'bulletin.commentSaved': '意见已保存。',
  'bulletin.commentBy': '{by} 于 {time} 填写',
  'bulletin.commentFailed': '保存失败：{message}',
  'bulletin.failed': '通报加载失败：{message}',
} as const;
