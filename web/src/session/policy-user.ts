import type { MeResponse, PolicyUser } from '@wangge/geodata';

/**
 * The logged-in account as the policy sees it. Account ids are their usernames (problem steps and
 * a round's sample record them); an account GET /api/me names no county for is city-wide.
 */
export function policyUser(me: MeResponse | null): PolicyUser | null {
  return me && { id: me.username, role: me.role, unitId: me.unitId, countyId: me.countyId ?? null };
}
