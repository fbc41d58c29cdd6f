/**
 * Chinese text for the coverage view (横向到边、纵向到底). Spread into zh.ts, so the same key parity
 * rules apply; coverage.en.ts has the same keys.
 */
export const coverageZh = {
  'drawer.coverage': '覆盖检查',

  'coverage.full': '全覆盖 ✓',
  'coverage.notFull': '未全覆盖',
  'coverage.coveredButFlawed': '已全覆盖，但有{flaws}',
  'coverage.flaw.overlap': '重叠',
  'coverage.flaw.outside': '越界',
  'coverage.flaw.invalid': '无效网格',
  'coverage.responsible': '纵向到底 ✓',
  'coverage.notResponsible': '责任未到底',
  'coverage.stored': '已保存的网格 · 服务器检查',
  'coverage.live': '编辑中的网格 · 实时检查 {ms} 毫秒',
  'coverage.refresh': '重新检查',
  'coverage.loading': '正在检查…',
  'coverage.failed': '检查失败：{message}',
  'coverage.summary': '检查结果',
  'coverage.grids': '网格',
  'coverage.communities': '社区',
  'coverage.pctOf': '覆盖率 {pct}',
  'coverage.ignored': '另有 {count} 处小于 1 m² 的碎片已忽略（浮点误差）。',
  'coverage.misaligned': '{count} 处共用边顶点不一致（T 形接点），不影响覆盖，建议对齐。',
  'coverage.defects': '问题清单',
  'coverage.noDefects': '没有重叠、缺口、越界或无效网格。',
  'coverage.showOnMap': '在地图上查看',

  'coverage.kind.overlap': '重叠',
  'coverage.kind.gap': '缺口',
  'coverage.kind.outside': '越界',
  'coverage.kind.invalid': '无效',
  'coverage.kindHint.overlap': '两个网格重复覆盖的区域',
  'coverage.kindHint.gap': '社区内没有网格覆盖的区域',
  'coverage.kindHint.outside': '网格超出所属社区的部分',
  'coverage.kindHint.invalid': '几何图形有错误的网格',
  'coverage.in': '位于{community}',
  'coverage.between': '{a} 与 {b}',

  'coverage.reason.self-intersection': '边界自相交',
  'coverage.reason.unclosed-ring': '边界未闭合',
  'coverage.reason.too-few-positions': '顶点太少',
  'coverage.reason.non-finite': '坐标不是有效数字',
  'coverage.reason.out-of-range': '坐标超出范围',
  'coverage.reason.swapped-lat-lon': '经纬度颠倒',
  'coverage.reason.hole-outside-shell': '内洞在外边界之外',
  'coverage.reason.not-polygon': '不是面要素',

  'coverage.people': '责任落实（纵向到底）',
  'coverage.peopleOk': '每个网格都有责任单位、网格管理员和至少 2 名监督员，每个片区都有包片领导。',
  'coverage.peopleIssues': '{count} 项未落实',
  'coverage.issue.no_unit': '无责任单位',
  'coverage.issue.no_manager': '无网格管理员',
  'coverage.issue.too_few_supervisors': '监督员少于 2 名',
  'coverage.issue.no_leader': '无包片领导',
} as const satisfies Record<string, string>;

export type CoverageMessageKey = keyof typeof coverageZh;
