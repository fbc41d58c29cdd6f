/**
 * Names for a synthetic county's places and departments. Place names are everyday two-character
 * words that many towns use, so none points at one real place; the county itself is named as a
 * sample (示例), which is what marks the whole dataset as made up.
 */
export const PLACE_WORDS = [
  '东城', '西城', '南城', '北城', '新华', '和平', '建设', '文化', '光明', '胜利', '团结', '幸福',
  '长青', '青山', '绿水', '桃园', '杏林', '梅园', '竹林', '松山', '柳湾', '荷塘', '枫林', '春晖',
  '朝阳', '晨光', '星光', '月湖', '金桥', '银河', '玉泉', '石门', '龙井', '凤鸣', '鹤山', '云峰',
  '雨花', '雪松', '清溪', '明湖', '翠屏', '锦江', '紫荆', '丹桂', '白沙', '红岩', '蓝天', '碧水',
  '滨河', '湖畔', '山前', '塘坝', '新村', '老街', '古井', '新区', '花园', '果园', '茶园', '苗圃',
  '书院', '文昌', '永安', '太平',
] as const;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 40 → 四十, 99 → 九十九 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber takes 1..99 (got ${n})`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}

/**
 * The k-th place name (0-based) from a shuffled word list: each word once, then each word again
 * with 二, 三 … after it, so a county never names two places alike.
 */
export function placeName(words: readonly string[], k: number): string {
  const round = Math.floor(k / words.length);
  return `${words[k % words.length]}${round === 0 ? '' : chineseNumber(round + 1)}`;
}

/**
 * County departments under their current names (after the 2019 reform), with the short ids
 * the zones name them by.
 */
export const UNITS = [
  { slug: 'zhifa', name: '综合行政执法局' },
  { slug: 'jiaojing', name: '公安局交警大队' },
  { slug: 'jiaotong', name: '交通运输局' },
  { slug: 'shichang', name: '市场监督管理局' },
  { slug: 'weijian', name: '卫生健康局' },
  { slug: 'wenlv', name: '文体广电旅游局' },
  { slug: 'jiaoyu', name: '教育局' },
  { slug: 'zhujian', name: '住房和城乡建设局' },
  { slug: 'caizheng', name: '财政局' },
  { slug: 'renshe', name: '人力资源和社会保障局' },
  { slug: 'minzheng', name: '民政局' },
  { slug: 'ziran', name: '自然资源局' },
  { slug: 'shuiwu', name: '水务局' },
  { slug: 'nongye', name: '农业农村局' },
  { slug: 'gongxin', name: '工业和信息化局' },
  { slug: 'sifa', name: '司法局' },
  { slug: 'tongji', name: '统计局' },
  { slug: 'shenji', name: '审计局' },
  { slug: 'fagai', name: '发展和改革局' },
  { slug: 'huanjing', name: '生态环境分局' },
  { slug: 'yingji', name: '应急管理局' },
  { slug: 'zuzhi', name: '县委组织部' },
  { slug: 'xuanchuan', name: '县委宣传部' },
  { slug: 'tongzhan', name: '县委统战部' },
  { slug: 'zhengfa', name: '县委政法委' },
  { slug: 'tuanxianwei', name: '团县委' },
  { slug: 'fulian', name: '县妇联' },
  { slug: 'zonggonghui', name: '县总工会' },
  { slug: 'kexie', name: '县科协' },
  { slug: 'gongxiao', name: '县供销社' },
] as const;
export type UnitSlug = (typeof UNITS)[number]['slug'];

/** Titles of the county leaders who each answer for a 片区; titles, never people. */
export const AREA_LEADER_TITLES = [
  '县委常委、常务副县长',
  '县委常委、宣传部部长',
  '县委常委、组织部部长',
  '县委常委、政法委书记',
  '县委常委、统战部部长',
  '县委常委、纪委书记',
  '县委常委、县委办主任',
  '县人民政府副县长（分管城建）',
  '县人民政府副县长（分管教育）',
  '县人民政府副县长（分管农业）',
  '县人民政府副县长（分管公安）',
  '县人大常委会副主任',
  '县人大常委会党组副书记',
  '县政协副主席',
  '县政协党组副书记',
  '县人民法院院长',
] as const;
