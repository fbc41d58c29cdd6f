/**
 * Sample problems (pins) for a synthetic county: one for every four grids or so, each inside a
 * cell of the grid it was meant for, in every category and state, older the further along the
 * workflow it is (a verified problem was filed weeks ago, a new one today).
 */
import type { SampleProblem } from '../dataset/types.ts';
import { PROBLEM_CATEGORIES, PROBLEM_STATUS, type ProblemCategory, type ProblemStatus } from '../domain/problems.ts';
import type { Lattice } from './lattice.ts';
import type { CellRect } from './partition.ts';
import { between, intBetween, pick, rngFor } from './prng.ts';

const DESCRIPTIONS: Record<ProblemCategory, string> = {
  环境卫生: '背街小巷生活垃圾堆积，未及时清运',
  门前三包: '沿街商户门前杂物堆放，三包责任未落实',
  '小广告/乱张贴': '楼道口及电线杆小广告乱张贴',
  占道经营: '流动摊贩占用人行道经营',
  乱停乱放: '人行道上机动车乱停乱放，行人绕行',
  交通秩序: '路口电动车闯红灯、逆行较多',
  '公益广告缺失/破损': '路口公益广告牌破损，画面褪色',
  设施损坏: '人行道地砖松动破损',
  农贸市场秩序: '市场入口摊位越线经营，通道堵塞',
  公厕卫生: '公厕无人保洁，异味较重',
  '工地围挡/扬尘': '工地围挡缺失，车辆带泥上路',
  其他: '绿化带内枯枝未清理',
};

/** days since filing, by how far along a problem is */
const AGE: Record<ProblemStatus, [number, number]> = {
  reported: [0, 2],
  assigned: [1, 5],
  in_progress: [2, 10],
  fixed: [3, 14],
  verified: [5, 30],
};

export interface ProblemsInput {
  seed: number;
  countyCode: string;
  lattice: Lattice;
  /** each grid's id and block of cells */
  grids: readonly { id: string; rect: CellRect }[];
}

export function buildProblems({ seed, countyCode, lattice, grids }: ProblemsInput): SampleProblem[] {
  const rng = rngFor(seed, 'problems');
  const statuses = Object.values(PROBLEM_STATUS);
  const count = Math.max(6, Math.round(grids.length / 4));
  return Array.from({ length: count }, (_, n) => {
    const grid = grids[intBetween(rng, 0, grids.length - 1)];
    const { x0, y0, x1, y1 } = grid.rect;
    // inside one cell, away from its edges: a convex cell holds every bilinear point of it
    const fx = intBetween(rng, x0, x1 - 1) + between(rng, 0.3, 0.7);
    const fy = intBetween(rng, y0, y1 - 1) + between(rng, 0.3, 0.7);
    const [lon, lat] = lattice.project(lattice.at(fx, fy));
    // the first ones go through every category and status so a small county shows them all
    const category = n < PROBLEM_CATEGORIES.length ? PROBLEM_CATEGORIES[n] : pick(rng, PROBLEM_CATEGORIES);
    const status = n < statuses.length ? statuses[n] : pick(rng, statuses);
    const [lo, hi] = AGE[status];
    return { id: `${countyCode}-problem-${n + 1}`, lon, lat, category, description: DESCRIPTIONS[category], daysAgo: intBetween(rng, lo, hi), status };
  });
}
