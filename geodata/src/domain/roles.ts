/** Who uses wangge (DESIGN "Who uses it"). */
export const ROLES = {
  admin: 'admin',
  planner: 'planner',
  leader: 'leader',
  inspector: 'inspector',
  reporter: 'reporter',
} as const;
export type Role = (typeof ROLES)[keyof typeof ROLES];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(ROLES, value);
}

/** GET /api/me */
export interface MeResponse {
  username: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
}
