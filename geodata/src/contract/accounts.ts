import type { Role } from '../domain/roles.ts';

/** One account as admins see it (GET /api/users, and the answers of the account routes). */
export interface AccountInfo {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** a reporter's unit */
  unitId: string | null;
  unitName: string | null;
  /** the county the account works in; null: city-wide */
  countyId: string | null;
  disabled: boolean;
  /** logged in with a one-time password that was not yet changed */
  mustChangePassword: boolean;
  /** ISO time of the last successful login, null if never */
  lastLoginAt: string | null;
  createdAt: string;
}

export type AccountsResponse = AccountInfo[];

/** POST /api/users: without a password, the answer carries a one-time password to hand over. */
export interface NewAccountRequest {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  countyId?: string | null;
  password?: string;
}

export interface NewAccountResponse {
  user: AccountInfo;
  /** shown once; the account must change it at its first login. Null when the admin set a password. */
  oneTimePassword: string | null;
}

/** PATCH /api/users/:id: any of these; disabling or changing the role or unit ends the account's sessions. */
export interface AccountPatch {
  displayName?: string;
  role?: Role;
  unitId?: string | null;
  disabled?: boolean;
}

/** POST /api/users/:id/reset-password */
export interface ResetPasswordResponse {
  oneTimePassword: string;
}

/** POST /api/auth/password: the account's own password, changed with the current one. */
export interface ChangePasswordRequest {
  current: string;
  next: string;
}
