import type { Unit } from '@wangge/geodata';
import type { Q } from '../db/store.ts';

/** The reporter account of a unit: reporter-<unit id in lower case>. */
export const reporterUsername = (unitId: string) => `reporter-${unitId.toLowerCase()}`;

export const STAFF_ACCOUNTS = ['admin', 'planner', 'leader', 'inspector'] as const;

/** The names histories show for the staff demo accounts: posts, not people (the seed names nobody real). */
const STAFF_NAMES: Record<(typeof STAFF_ACCOUNTS)[number], string> = {
  admin: '系统管理员（演示）',
  planner: '创文办（演示）',
  leader: '县级领导（演示）',
  inspector: '督查组（演示）',
};

/**
 * Demo accounts: one per staff role and one reporter per unit, all with the one demo password
 * (its hash is computed once by the caller; the accounts share a password by design).
 */
export async function seedDemoUsers({ db, t }: Q, units: readonly Unit[], passwordHash: string, now: number): Promise<void> {
  await db.insert(t.users).values([
    ...STAFF_ACCOUNTS.map((role) => ({ id: role, username: role, displayName: STAFF_NAMES[role], passwordHash, role, unitId: null, createdAt: now })),
    ...units.map((unit) => ({ id: reporterUsername(unit.id), username: reporterUsername(unit.id), displayName: `${unit.name}填报员`, passwordHash, role: 'reporter', unitId: unit.id, createdAt: now })),
  ]);
}
