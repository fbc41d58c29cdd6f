/**
 * Chinese UI text, the default language. Keys are the contract: en.ts must have the same keys
 * (the type checker and i18n.test.ts both enforce it). `{name}` marks a value filled in at use.
 */
export const zh = {
  'app.name': '网格',
  'app.title': '网格 · {county}',
  'app.loading': '正在加载…',
  'app.loadFailed': '数据加载失败：{message}',
  'app.retry': '重试',

  'lang.switch': 'English',
  'lang.switchShort': 'EN',
  'lang.switchLabel': '切换到英文界面',

  'map.label': '网格地图',
  'map.controls': '地图操作',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.fitAll': '显示全部网格',

  'search.placeholder': '搜索网格编码、名称或责任单位',
  'search.label': '搜索网格',
  'search.none': '没有匹配的网格',
  'search.byUnit': '责任单位：{unit}',

  'week.label': '周次',
  'week.previous': '上一周',
  'week.next': '下一周',
  'week.option': '{date}（周五）',
  'week.current': '{label} · 本周',
  'week.opens': '开始',
  'week.due': '截止',
  'week.exempt': '本周免报',

  'legend.title': '周报状态',
  'legend.total': '共 {count} 个网格',
  'legend.noData': '暂无数据',

  'layers.title': '图层',
  'layers.zones': '专项责任区',
  'layers.problems': '问题点位',

  'status.on_time': '按时',
  'status.late': '逾期',
  'status.missing': '未报',
  'status.pending': '待报',
  'status.not_due': '未开始',
  'status.exempt': '免报',

  'problemStatus.reported': '上报',
  'problemStatus.assigned': '已交办',
  'problemStatus.in_progress': '整改中',
  'problemStatus.fixed': '已整改',
  'problemStatus.verified': '已复核',

  'zoneKind.road': '主干道',
  'zoneKind.commercial': '商业街',
  'zoneKind.market': '农贸市场',
  'zoneKind.hospital': '医院',
  'zoneKind.park': '公园广场',
  'zoneKind.toilet': '公厕',
  'zoneKind.hotel': '宾馆酒店',
  'zoneKind.dormitory': '单位宿舍',

  'panel.close': '关闭',
  'panel.loading': '正在查询…',
  'panel.failed': '查询失败：{message}',
  'panel.outside': '此处不在任何网格内',
  'panel.outsideHint': '该位置由所在街道办事处负责。',
  'panel.outsideIn': '位于{community}，由{streetOffice}负责。',
  'panel.grid': '网格',
  'panel.code': '编码',
  'panel.community': '社区',
  'panel.streetOffice': '街道办事处',
  'panel.area': '片区',
  'panel.leader': '包片领导',
  'panel.units': '责任单位',
  'panel.lead': '牵头',
  'panel.contact': '联络人',
  'panel.manager': '网格管理员',
  'panel.supervisors': '监督员',
  'panel.none': '未指定',
  'panel.weekStatus': '{week}周报',
  'panel.submittedAt': '{time} 提交',
  'panel.notSubmitted': '未提交',
  'panel.history': '近 8 周',
  'panel.historyItem': '{week}：{status}',
  'panel.zones': '所在专项责任区',
  'panel.zoneUnits': '责任部门',
  'panel.call': '拨打 {phone}',
  'panel.listSeparator': '、',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zh;
export type Messages = Readonly<Record<MessageKey, string>>;
