/** The county picker and the city overview. Spread into zh.ts; counties.en.ts has the same keys. */
export const countiesZh = {
  'county.picker': '县（区）',
  'county.synthetic': '{name}（示例）',
  'city.open': '全市概览',
  'city.title': '全市概览 · {week}',
  'city.close': '关闭',
  'city.county': '县（区）',
  'city.onTime': '按时率',
  'city.counts': '按时 {onTime} · 迟报 {late} · 未报 {missing}',
  'city.none': '无应报',
  'city.closed': '已截止',
  'city.open.week': '进行中',
  'city.loadFailed': '全市概览加载失败：{message}',
} as const;
