import { asc, eq, or } from 'drizzle-orm';
import { isRole, passwordProblem, passwordProblemText, ROLES } from '@wangge/geodata';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { hashPasswordSync } from '../auth/password.ts';
import { audit } from './audit.ts';

export type UserRow = Tables['users']['$inferSelect'];

/** The app's password rules (geodata's passwordProblem), for the command line. */
function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new Error(passwordProblemText(problem));
}

export function userByUsername({ db, t }: Q, username: string): Promise<UserRow | undefined> {
  return first(db.select().from(t.users).where(eq(t.users.username, username)));
}

export async function unitName({ db, t }: Q, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  return (await first(db.select({ name: t.units.name }).from(t.units).where(eq(t.units.id, unitId))))?.name ?? null;
}

const MAX_DISPLAY_NAME = 50;

/**
 * Account management for a real deployment (npm run user). Throws with a message on bad input.
 * `displayName` is what histories show (a person's or a post's name); without one, the username.
 */
export async function addUser(store: Store, username: string, role: string, password: string, unitId: string | null, now: number, displayName: string | null = null, county: string | null = null): Promise<void> {
  const { db, t } = store;
  // --county: the county (id or code) the account works in
  const countyRow = county === null ? null : await first(db.select({ id: t.counties.id }).from(t.counties).where(or(eq(t.counties.id, county), eq(t.counties.code, county))));
  if (county !== null && !countyRow) throw new Error(`county "${county}" is not loaded in this deployment`);
  if (!/^[\w.-]{2,64}$/.test(username)) throw new Error(`username "${username}" must be 2-64 letters, digits, dots, dashes or underscores`);
  if (!isRole(role)) throw new Error(`role "${role}" must be one of ${Object.values(ROLES).join(', ')}`);
  if (role === 'reporter' && !unitId) throw new Error('a reporter must be bound to a unit (--unit <unit id>)');
  if (role !== 'reporter' && unitId) throw new Error('only reporters are bound to a unit');
  const unit = unitId ? await first(db.select({ countyId: t.units.countyId }).from(t.units).where(eq(t.units.id, unitId))) : null;
  if (unitId && !unit) throw new Error(`unit "${unitId}" does not exist`);
  // as --county names; else a reporter works in its unit's county, a planner in the deployment's county when it holds one
  const counties = await db.select({ id: t.counties.id }).from(t.counties);
  const countyId = countyRow?.id ?? unit?.countyId ?? (role === 'planner' && counties.length === 1 ? counties[0].id : null);
  if (countyRow && unit?.countyId && unit.countyId !== countyRow.id) throw new Error(`unit "${unitId}" is of county ${unit.countyId}, not ${countyRow.id}`);
  if (await userByUsername(store, username)) throw new Error(`user "${username}" already exists`);
  const name = displayName?.trim() || username;
  if (name.length > MAX_DISPLAY_NAME) throw new Error(`the display name is longer than ${MAX_DISPLAY_NAME} characters`);
  checkPassword(password, username);
  await store.tx(async (tx) => {
    await tx.db.insert(t.users).values({ id: username, username, displayName: name, passwordHash: hashPasswordSync(password), role, unitId, countyId, createdAt: now });
    await audit(tx, { at: now, userId: null, entity: 'user', entityId: username, action: 'add', after: { username, displayName: name, role, unitId, countyId } });
  });
}

export async function setPassword(store: Store, username: string, password: string, now: number): Promise<void> {
  const { t } = store;
  checkPassword(password, username);
  const user = await userByUsername(store, username);
  if (!user) throw new Error(`user "${username}" does not exist`);
  await store.tx(async (tx) => {
    await tx.db.update(t.users).set({ passwordHash: hashPasswordSync(password) }).where(eq(t.users.id, user.id));
    // A new password ends every session opened with the old one.
    await tx.db.delete(t.sessions).where(eq(t.sessions.userId, user.id));
    await audit(tx, { at: now, userId: null, entity: 'user', entityId: username, action: 'passwd' });
  });
}

export async function setDisabled(store: Store, username: string, disabled: boolean, now: number): Promise<void> {
  const { t } = store;
  const user = await userByUsername(store, username);
  if (!user) throw new Error(`user "${username}" does not exist`);
  await store.tx(async (tx) => {
    await tx.db.update(t.users).set({ disabled }).where(eq(t.users.id, user.id));
    if (disabled) await tx.db.delete(t.sessions).where(eq(t.sessions.userId, user.id));
    await audit(tx, { at: now, userId: null, entity: 'user', entityId: username, action: disabled ? 'disable' : 'enable' });
  });
}
