/** Problem categories (问题类别), as the inspectors name them; the value is the stable id. */
export const PROBLEM_CATEGORIES = [
  '环境卫生',
  '门前三包',
  '小广告/乱张贴',
  '占道经营',
  '乱停乱放',
  '交通秩序',
  '公益广告缺失/破损',
  '设施损坏',
  '农贸市场秩序',
  '公厕卫生',
  '工地围挡/扬尘',
  '其他',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export function isProblemCategory(value: unknown): value is ProblemCategory {
  return typeof value === 'string' && (PROBLEM_CATEGORIES as readonly string[]).includes(value);
}

/** Hours to fix, by category: the defaults; a deployment changes them (PUT /api/problem-deadlines). */
export const PROBLEM_DEADLINE_HOURS: Readonly<Record<ProblemCategory, number>> = {
  环境卫生: 24,
  门前三包: 48,
  '小广告/乱张贴': 48,
  占道经营: 24,
  乱停乱放: 24,
  交通秩序: 24,
  '公益广告缺失/破损': 72,
  设施损坏: 72,
  农贸市场秩序: 48,
  公厕卫生: 24,
  '工地围挡/扬尘': 72,
  其他: 48,
};

/** 上报 → 已交办 → 整改中 → 已整改 → 已复核; 退回 sends a fixed problem back to 整改中. */
export const PROBLEM_STATUS = {
  reported: 'reported',
  assigned: 'assigned',
  in_progress: 'in_progress',
  fixed: 'fixed',
  verified: 'verified',
} as const;
export type ProblemStatus = (typeof PROBLEM_STATUS)[keyof typeof PROBLEM_STATUS];

export const PROBLEM_STATUS_COLORS: Readonly<Record<ProblemStatus, string>> = {
  reported: '#d73027',
  assigned: '#fc8d59',
  in_progress: '#fee090',
  fixed: '#91bfdb',
  verified: '#1a9850',
};

export function isProblemStatus(value: unknown): value is ProblemStatus {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_STATUS, value);
}

/**
 * Who moves a problem from one status to the next: 'unit' is a reporter of the problem's owner
 * unit (牵头单位, named when it is assigned). 交办 names the owner; an inspector may name another
 * owner later (改派): of an assigned problem, or of one being fixed (a sent-back one too), which then
 * waits for the new owner to start.
 */
export type ProblemActor = 'inspector' | 'unit';
export const PROBLEM_TRANSITIONS: readonly { from: ProblemStatus; to: ProblemStatus; by: ProblemActor; action: string }[] = [
  { from: 'reported', to: 'assigned', by: 'inspector', action: 'assign' },
  { from: 'assigned', to: 'in_progress', by: 'unit', action: 'start' },
  { from: 'in_progress', to: 'fixed', by: 'unit', action: 'fix' },
  { from: 'fixed', to: 'verified', by: 'inspector', action: 'verify' },
  { from: 'fixed', to: 'in_progress', by: 'inspector', action: 'return' },
  { from: 'assigned', to: 'assigned', by: 'inspector', action: 'reassign' },
  { from: 'in_progress', to: 'assigned', by: 'inspector', action: 'reassign' },
];

/** The steps that name the owner unit (and may set the deadline and the co-operating units). */
export const ASSIGN_ACTIONS: readonly string[] = ['assign', 'reassign'];

/**
 * A note (补充说明) is a step that moves nothing: a co-operating unit, the filer or an inspector
 * adds words or photos to an open or fixed problem. Counts of workflow steps leave it out.
 */
export const NOTE_ACTION = 'note';

/** How far ahead 交办 may set the deadline: 30 days. */
export const MAX_ASSIGNED_DUE_HOURS = 720;

/**
 * Why a unit answers for a problem: the owner (牵头单位, one per problem once assigned), a
 * co-operating unit (协办单位, named when it is assigned), or one the problem's place routed it to.
 */
export const PROBLEM_UNIT_ROLES = { owner: 'owner', cooperating: 'cooperating', routed: 'routed' } as const;
export type ProblemUnitRole = (typeof PROBLEM_UNIT_ROLES)[keyof typeof PROBLEM_UNIT_ROLES];

export const OPEN_PROBLEM_STATUSES: readonly ProblemStatus[] = ['reported', 'assigned', 'in_progress'];
