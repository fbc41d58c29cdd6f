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

/** Staff whose demo account of the first county works city-wide; the planner works in its county. */
const CITY_WIDE: readonly string[] = ['admin', 'leader', 'inspector'];

export interface DemoUsersOptions {
  countyId: string;
  /**
   * Prefixes the staff accounts of a county added beside the first (`<prefix>-planner`), which
   * all work in that county only; none: the first county's, whose admin, leader and inspector
   * are city-wide.
   */
  prefix?: string;
  countyName?: string;
}

/**
 * Demo accounts: one per staff role and one reporter per unit, all with the one demo password
 * (its hash is computed once by the caller; the accounts share a password by design).
 */
export async function seedDemoUsers({ db, t }: Q, units: readonly Unit[], passwordHash: string, now: number, { countyId, prefix, countyName }: DemoUsersOptions): Promise<void> {
  const staff = STAFF_ACCOUNTS.map((role) => {
    const username = prefix ? `${prefix}-${role}` : role;
    const cityWide = !prefix && CITY_WIDE.includes(role);
    const displayName = prefix ? `${countyName ?? prefix}${STAFF_NAMES[role]}` : STAFF_NAMES[role];
    return { id: username, username, displayName, passwordHash, role, unitId: null, countyId: cityWide ? null : countyId, createdAt: now };
  });
  await db.insert(t.users).values([
    ...staff,
    ...units.map((unit) => ({ id: reporterUsername(unit.id), username: reporterUsername(unit.id), displayName: `${unit.name}填报员`, passwordHash, role: 'reporter', unitId: unit.id, countyId, createdAt: now })),
  ]);
}
