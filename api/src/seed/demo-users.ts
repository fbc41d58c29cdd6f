import type { Unit } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

/** The reporter account of a unit: reporter-<unit id in lower case>. */
export const reporterUsername = (unitId: string) => `reporter-${unitId.toLowerCase()}`;

export const STAFF_ACCOUNTS = ['admin', 'planner', 'leader', 'inspector'] as const;

/**
 * Demo accounts: one per staff role and one reporter per unit, all with the one demo password
 * (its hash is computed once by the caller; the accounts share a password by design).
 */
export function seedDemoUsers(db: Db, units: readonly Unit[], passwordHash: string, now: number): void {
  for (const role of STAFF_ACCOUNTS) {
    db.insert(t.users).values({ id: role, username: role, passwordHash, role, unitId: null, createdAt: now }).run();
  }
  for (const unit of units) {
    const username = reporterUsername(unit.id);
    db.insert(t.users).values({ id: username, username, passwordHash, role: 'reporter', unitId: unit.id, createdAt: now }).run();
  }
}
