/**
 * What we know (or, where marked, guess) about Dafang's 2018 grid plan
 * (大方县创建全国文明城市网格化管理工作方案, 2018-06-29). Positions are metres east/north of the
 * county seat's centre and are our placement by the communities' names, not surveyed.
 */
import type { XY } from './planar.ts';

export const COUNTY = { code: '520521', name: '大方县' } as const;
/** the county seat, WGS84 */
export const CENTRE = { lon: 105.606, lat: 27.147 } as const;
/** the 9 communities together, m² */
export const TOWN_AREA_M2 = 8_000_000;

export const STREET_OFFICES = [
  { id: 'hongqi', code: '520521001', name: '红旗街道' },
  { id: 'shunde', code: '520521002', name: '顺德街道' },
  { id: 'muege', code: '520521003', name: '慕俄格古城街道' },
] as const;

export interface CommunityFact {
  id: string;
  name: string;
  streetOfficeId: string;
  /** 3-digit number inside the street office */
  number: string;
  streetOfficeGuessed: boolean;
  grids: number;
  /** where its name puts it, and how much room it claims (power-diagram weight, m²) */
  at: XY;
  weight: number;
}

/** 北郊 and 南郊 are in 慕俄格古城 per the plan's context; the other offices are our guess. */
export const COMMUNITIES: readonly CommunityFact[] = [
  { id: 'chengzhong', name: '城中社区', streetOfficeId: 'hongqi', number: '001', streetOfficeGuessed: true, grids: 4, at: [0, 0], weight: -60_000 },
  { id: 'chengbei', name: '城北社区', streetOfficeId: 'hongqi', number: '002', streetOfficeGuessed: true, grids: 4, at: [-60, 680], weight: -40_000 },
  { id: 'xibei', name: '西北社区', streetOfficeId: 'hongqi', number: '003', streetOfficeGuessed: true, grids: 3, at: [-1250, 750], weight: 0 },
  { id: 'chengnan', name: '城南社区', streetOfficeId: 'shunde', number: '001', streetOfficeGuessed: true, grids: 4, at: [60, -700], weight: -40_000 },
  { id: 'xinan', name: '西南社区', streetOfficeId: 'shunde', number: '002', streetOfficeGuessed: true, grids: 3, at: [-1250, -600], weight: 0 },
  { id: 'dongjiao', name: '东郊社区', streetOfficeId: 'shunde', number: '003', streetOfficeGuessed: true, grids: 3, at: [1350, -350], weight: 0 },
  { id: 'beijiao', name: '北郊社区', streetOfficeId: 'muege', number: '001', streetOfficeGuessed: false, grids: 3, at: [100, 1550], weight: 150_000 },
  { id: 'nanjiao', name: '南郊社区', streetOfficeId: 'muege', number: '002', streetOfficeGuessed: false, grids: 3, at: [150, -1600], weight: 150_000 },
  { id: 'shexiang', name: '奢香古镇社区', streetOfficeId: 'muege', number: '003', streetOfficeGuessed: true, grids: 3, at: [1250, 850], weight: 0 },
];

export const AREA_LEADERS = [
  '县委常委、常务副县长',
  '县委常委、宣传部部长',
  '县委常委、组织部部长',
  '县人大常委会副主任',
  '县人民政府副县长',
  '县政协副主席',
] as const;

/**
 * County units as they were named in mid-2018, before the 2019 county reform merged and renamed
 * several (国土资源局 → 自然资源局, 环保局 → 生态环境局, 安监局 → 应急管理局, 农牧局 → 农业农村局).
 */
export const UNITS = [
  { id: 'zhifa', name: '城市综合执法大队' },
  { id: 'jiaojing', name: '交警大队' },
  { id: 'jiaotong', name: '交通运输局' },
  { id: 'shichang', name: '市场监管局' },
  { id: 'weiji', name: '卫计局' },
  { id: 'lvfa', name: '旅发办' },
  { id: 'jiaoyu', name: '教育局' },
  { id: 'zhujian', name: '住建局' },
  { id: 'caizheng', name: '财政局' },
  { id: 'renshe', name: '人社局' },
  { id: 'minzheng', name: '民政局' },
  { id: 'guotu', name: '国土资源局' },
  { id: 'shuiwu', name: '水务局' },
  { id: 'nongmu', name: '农牧局' },
  { id: 'wenti', name: '文体广电局' },
  { id: 'sifa', name: '司法局' },
  { id: 'tongji', name: '统计局' },
  { id: 'shenji', name: '审计局' },
  { id: 'fagai', name: '发改局' },
  { id: 'huanbao', name: '环保局' },
  { id: 'anjian', name: '安监局' },
  { id: 'zuzhi', name: '县委组织部' },
  { id: 'xuanchuan', name: '县委宣传部' },
  { id: 'tongzhan', name: '县委统战部' },
  { id: 'zhengfa', name: '县委政法委' },
  { id: 'tuanxianwei', name: '团县委' },
  { id: 'fulian', name: '县妇联' },
  { id: 'zonggonghui', name: '县总工会' },
  { id: 'kexie', name: '县科协' },
  { id: 'gongxiao', name: '供销社' },
] as const;
export type UnitId = (typeof UNITS)[number]['id'];

/** The plan's 专项责任区 and who answers for each kind, in the order the plan names them. */
export const ZONE_UNITS = {
  road: ['zhifa', 'jiaojing', 'jiaotong', 'shichang'],
  commercial: ['zhifa', 'jiaojing', 'jiaotong', 'shichang'],
  market: ['shichang', 'zhifa', 'jiaojing'],
  hospital: ['weiji'],
  park: ['zhifa'],
  toilet: ['zhifa'],
  hotel: ['shichang', 'lvfa'],
} as const satisfies Record<string, readonly UnitId[]>;

export const PROBLEM_CATEGORIES = [
  '环境卫生', '门前三包', '小广告/乱张贴', '占道经营', '乱停乱放', '交通秩序',
  '公益广告缺失/破损', '设施损坏', '农贸市场秩序', '公厕卫生', '工地围挡/扬尘', '其他',
] as const;

export const PROBLEM_STATUSES = ['reported', 'assigned', 'in_progress', 'fixed', 'verified'] as const;
