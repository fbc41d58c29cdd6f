/** Who uses wangge: the roles an account has (README, "Accounts and roles"). */
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
  /** the name people know the account by (e.g. 城市综合执法大队填报员, 督查组（演示）) */
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  /** the county the account works in; absent: city-wide */
  countyId?: string | null;
  /** logged in with a one-time password: until it is changed, only POST /api/auth/password is open */
  mustChangePassword: boolean;
}
