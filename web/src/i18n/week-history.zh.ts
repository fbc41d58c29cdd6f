/**
 * Chinese text for the weeks as a record that does not move: where a week stands (未启用, open,
 * closed and frozen), the leaders' 待报 list, the admin's settings, the planner's merge and split
 * review, re-routed problems. Spread into zh.ts; week-history.en.ts has the same keys.
 */
export const weekHistoryZh = {
  'week.first': '{label} · 启用周',
  'weekState.label': '{state}：{hint}',
  'weekState.notStarted': '未启用',
  'weekState.open': '进行中',
  'weekState.closed': '已关闭（冻结）',
  'weekState.notStartedHint': '本周早于系统启用（{first} 那周起），不计报送',
  'weekState.openHint': '报送截止 {due}，{closes} 关闭并冻结',
  'weekState.closedHint': '已于 {at} 关闭：数字为冻结快照，此后的网格调整不会改变它们',
  'legend.notStarted': '本周未启用：系统自 {first} 那周起计报送',
  'pending.title': '待报：{units} 个单位、{grids} 个网格尚未报送',
  'pending.due': '截止 {due}',
  'pending.col.contact': '联系人',
  'pending.col.grids': '待报网格',
} as const satisfies Record<string, string>;
