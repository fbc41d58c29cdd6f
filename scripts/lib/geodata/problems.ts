/**
 * A handful of sample problems (pins) in different grids and states, so a fresh install shows
 * the workflow; one sits inside a farmers' market to show zone departments answering too.
 */
import type { SampleProblem } from '../../../geodata/src/dataset/types.ts';
import { COMMUNITIES, PROBLEM_CATEGORIES, PROBLEM_STATUSES } from './dafang-facts.ts';
import { dist, type XY } from './planar.ts';
import type { Projection } from './project.ts';
import type { Layout } from './layout.ts';

type Category = (typeof PROBLEM_CATEGORIES)[number];
type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

interface ProblemSpec {
  category: Category;
  description: string;
  status: ProblemStatus;
  daysAgo: number;
  /** a spot in a community (the nearest block centre, nudged), or a zone's centre */
  at: { community: string; near: XY; offset: XY } | { zone: string };
}

const SAMPLES: ProblemSpec[] = [
  { category: '环境卫生', description: '背街小巷生活垃圾堆积，未及时清运', status: 'verified', daysAgo: 20, at: { community: 'chengzhong', near: [-150, 250], offset: [15, -10] } },
  { category: '农贸市场秩序', description: '农贸市场入口流动摊贩占道，通道堵塞', status: 'in_progress', daysAgo: 3, at: { zone: 'market-chengzhong' } },
  { category: '乱停乱放', description: '人行道上机动车乱停乱放，行人绕行', status: 'assigned', daysAgo: 2, at: { community: 'chengbei', near: [-300, 700], offset: [-20, 10] } },
  { category: '小广告/乱张贴', description: '居民楼道口及电线杆小广告乱张贴', status: 'fixed', daysAgo: 6, at: { community: 'xinan', near: [-1000, -450], offset: [10, 20] } },
  { category: '公益广告缺失/破损', description: '路口公益广告牌破损，画面褪色', status: 'reported', daysAgo: 1, at: { community: 'dongjiao', near: [1400, -100], offset: [-15, -15] } },
  { category: '公厕卫生', description: '公厕无人保洁，异味较重', status: 'in_progress', daysAgo: 4, at: { zone: 'toilet-renmin-guangchang' } },
  { category: '工地围挡/扬尘', description: '建筑工地围挡缺失，车辆带泥上路', status: 'assigned', daysAgo: 5, at: { community: 'beijiao', near: [0, 1500], offset: [20, 0] } },
  { category: '门前三包', description: '沿街商户门前三包责任落实不到位，杂物堆放', status: 'reported', daysAgo: 0, at: { community: 'shexiang', near: [1300, 900], offset: [0, 20] } },
];

export function buildProblems(layout: Layout, zoneCentres: ReadonlyMap<string, XY>, proj: Projection): SampleProblem[] {
  return SAMPLES.map((s, i) => {
    let p: XY;
    if ('zone' in s.at) p = zoneCentres.get(s.at.zone)!;
    else {
      const { community, near, offset } = s.at;
      const k = COMMUNITIES.findIndex((c) => c.id === community);
      const cells = layout.community.map((c, j) => (c === k ? j : -1)).filter((j) => j >= 0);
      const cell = cells.sort((a, b) => dist(layout.graph.cells[a].site, near) - dist(layout.graph.cells[b].site, near) || a - b)[0];
      const site = layout.graph.cells[cell].site;
      p = [site[0] + offset[0], site[1] + offset[1]];
    }
    const [lon, lat] = proj.toLonLat(p);
    return { id: `problem-${i + 1}`, lon, lat, category: s.category, description: s.description, daysAgo: s.daysAgo, status: s.status };
  });
}
