import type { PolicyUser, Role } from '@wangge/geodata';
import type { User } from '../auth/middleware.ts';

/** A logged-in account as the shared policy sees it (countyId null: city-wide). */
export function policyUser(user: User): PolicyUser {
  return { id: user.id, role: user.role as Role, unitId: user.unitId, countyId: user.countyId };
}
