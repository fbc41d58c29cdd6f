import type { PolicyUser, Role } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';

/** A logged-in account as the shared policy sees it (accounts name no county yet: every one is city-wide). */
export function policyUser(user: User): PolicyUser {
  return { id: user.id, role: user.role as Role, unitId: user.unitId, countyId: null };
}
