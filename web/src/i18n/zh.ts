import { adminZh } from './admin.zh.ts';
import { bulkZh } from './bulk.zh.ts';
import { unitsZh } from './units.zh.ts';
import { assessmentZh } from './assessment.zh.ts';
import { coverageZh } from './coverage.zh.ts';
import { editZh } from './edit.zh.ts';
import { errorsZh } from './errors.zh.ts';
import { notificationsZh } from './notifications.zh.ts';
import { bulletinsZh } from './bulletins.zh.ts';
import { problemOwnerZh } from './problem-owner.zh.ts';
import { weekHistoryZh } from './week-history.zh.ts';
import { problemsZh } from './problems.zh.ts';
import { reportsZh } from './reports.zh.ts';
import { countiesZh } from './counties.zh.ts';
import { offlineZh } from './offline.zh.ts';

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
  'map.canvas': '地图：方向键平移，+ / − 缩放',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.fitAll': '显示全部网格',
  'export.button': '导出',
  'export.open': '导出会议用地图（PNG / PDF）',

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
  'panel.notInForce': '本周未启用',
  'panel.retired': '已撤销',
  'panel.historyItem': '{week}：{status}',
  'panel.zones': '所在专项责任区',
  'panel.zoneUnits': '责任部门',
  'panel.call': '拨打 {phone}',
  'panel.listSeparator': '、',

  'session.login': '登录',
  'session.logout': '退出登录',
  'session.dialogTitle': '登录',
  'session.username': '用户名',
  'session.password': '密码',
  'session.submitting': '正在登录…',
  'session.cancel': '取消',
  'session.badCredentials': '用户名或密码错误',
  'session.badCredentialsHint': '请检查大小写锁定（Caps Lock）和输入法；忘记密码或账户被停用，请联系管理账户的系统管理员。',
  'session.tooMany': '登录失败次数过多，请 {seconds} 秒后再试',
  'session.failed': '登录失败：{message}',
  'session.menu': '账户菜单：{name}',
  'session.who': '{role} · {username}',
  'session.needLogin': '登录后才能使用此功能。',
  'session.notAllowed': '当前账户（{role}）不能使用此功能。',

  'role.admin': '管理员',
  'role.planner': '创文办',
  'role.leader': '县级领导',
  'role.inspector': '督查组',
  'role.reporter': '单位填报员',

  'drawer.reports': '填报周报',
  'drawer.overdue': '逾期名单',
  'drawer.trends': '趋势与排名',
  'drawer.exempt': '免报周',
  'drawer.close': '关闭',
  'drawer.tabs': '督查问责',
  'drawer.tab.overdue': '逾期名单',
  'drawer.tab.trends': '趋势与排名',
  'drawer.tab.exempt': '免报周',
  'drawer.failed': '加载失败：{message}',
  'drawer.loading': '正在加载…',

  'time.daysHours': '{days} 天 {hours} 小时',
  'time.hoursMinutes': '{hours} 小时 {minutes} 分',
  'time.minutes': '{minutes} 分钟',

  'filter.all': '全部',
  'filter.streetOffice': '街道',
  'filter.community': '社区',
  'filter.area': '片区',
  'filter.unit': '单位',
  'filter.label': '筛选',
  'filter.clear': '清除筛选',

  'overdue.col.unit': '单位',
  'overdue.col.grid': '网格',
  'overdue.col.community': '社区',
  'overdue.col.status': '状态',
  'overdue.col.late': '逾期时长',
  'overdue.col.run': '连续未报',
  'overdue.col.phone': '联系电话',
  'overdue.count': '{shown} / {total} 条',
  'overdue.none': '这一周没有逾期或未报的单位。',
  'overdue.noMatch': '没有符合筛选条件的记录。',
  'overdue.notDue': '本周报送截止于 {due}，截止前不计逾期。',
  'overdue.weeks': '{count} 周',
  'overdue.noRun': '—',
  'overdue.table': '{week} 逾期未报名单',

  'download.overdue': '逾期名单',
  'download.statusTable': '报送情况表',
  'download.csv': 'CSV',
  'download.xlsx': 'Excel',
  'download.label': '下载{what}（{format}）',

  'trends.title': '按时报送率 · 近 {weeks} 周',
  'trends.by': '分组',
  'trends.by.overall': '全县',
  'trends.by.streetOffice': '按街道',
  'trends.by.area': '按片区',
  'trends.by.unit': '按单位',
  'trends.overall': '全县',
  'trends.chart': '近 {weeks} 周按时报送率折线图',
  'trends.point': '{name}，{week}：{rate}',
  'trends.noneDue': '{name}，{week}：无应报',
  'trends.ranking': '单位排名 · 近 {weeks} 周按时率',
  'trends.best': '最好 {count} 名',
  'trends.worst': '最差 {count} 名',
  'trends.counts': '{onTime}/{due}',
  'trends.highlight': '突出显示 {name}',

  'exempt.title': '免报周（节假日）',
  'exempt.hint': '免报周内所有网格显示为“免报”，不计逾期。',
  'exempt.week': '周次',
  'exempt.reason': '原因（必填）',
  'exempt.reasonPlaceholder': '如：国庆节假期',
  'exempt.mark': '标记免报',
  'exempt.unmark': '取消免报',
  'exempt.none': '还没有免报周。',
  'exempt.failed': '操作失败：{message}',
  'exempt.list': '已标记的免报周',

  ...reportsZh,
  ...countiesZh,
  ...offlineZh,
  ...problemsZh,
  ...problemOwnerZh,
  ...weekHistoryZh,
  ...coverageZh,
  ...editZh,
  ...errorsZh,
  ...notificationsZh,
  ...adminZh,
  ...unitsZh,
  ...bulkZh,
  ...bulletinsZh,
  ...assessmentZh,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zh;
export type Messages = Readonly<Record<MessageKey, string>>;
