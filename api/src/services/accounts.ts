import { randomInt } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import { isRole, passwordProblem, passwordProblemText, ROLES, type AccountInfo, type Role } from '@wangge/geodata';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { first } from '../db/query.ts';
import type { Q, Store } from '../db/store.ts';
import type { Tables } from '../db/tables.ts';
import { HttpError, badRequest, conflict, notFound } from '../http/errors.ts';
import { audit } from './audit.ts';
import { otherCounty } from './counties.ts';

type UserRow = Tables['users']['$inferSelect'];

const USERNAME_RE = /^[\w.-]{2,64}$/;
const MAX_DISPLAY_NAME = 50;
/** no 0/o, 1/l/i: read aloud over the phone or copied from a screen without mistakes */
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const OTP_LENGTH = 12;

const field = (name: string, message: string) => badRequest(message, 'bad_field', { field: name });

/** A password the account's holder did not choose: shown once to the admin, changed at the first login. */
export function oneTimePassword(): string {
  let out = '';
  for (let i = 0; i < OTP_LENGTH; i++) out += OTP_ALPHABET[randomInt(OTP_ALPHABET.length)];
  return out;
}

function refuseWeak(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw badRequest(passwordProblemText(problem), 'weak_password', { problem });
}

function accountInfo(row: UserRow, unitName: string | null): AccountInfo {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName || row.username,
    role: row.role as Role,
    unitId: row.unitId,
    unitName,
    countyId: row.countyId,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt === null ? null : new Date(row.lastLoginAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The admin acting: one bound to a county manages that county's accounts only. */
export type Admin = Pick<UserRow, 'id' | 'countyId'>;

/** Every account the admin manages, by username; `search` matches username, display name or unit name (any case). */
export async function listAccounts({ db, t }: Q, search = '', admin?: Admin): Promise<AccountInfo[]> {
  const rows = await db
    .select({ user: t.users, unitName: t.units.name })
    .from(t.users)
    .leftJoin(t.units, eq(t.units.id, t.users.unitId))
    .where(admin?.countyId ? eq(t.users.countyId, admin.countyId) : undefined)
    .orderBy(asc(t.users.username));
  const needle = search.trim().toLowerCase();
  return rows
    .filter((r) => !needle || [r.user.username, r.user.displayName, r.unitName ?? ''].some((s) => s.toLowerCase().includes(needle)))
    .map((r) => accountInfo(r.user, r.unitName));
}

async function accountById(q: Q, id: string, admin?: Admin): Promise<AccountInfo> {
  const { db, t } = q;
  const row = await first(db.select({ user: t.users, unitName: t.units.name }).from(t.users).leftJoin(t.units, eq(t.units.id, t.users.unitId)).where(eq(t.users.id, id)));
  if (!row) throw notFound(`user "${id}" does not exist`);
  if (admin?.countyId && row.user.countyId !== admin.countyId) throw otherCounty(row.user.countyId, admin.countyId);
  return accountInfo(row.user, row.unitName);
}

/**
 * The county of an account being created or changed: as given (null: city-wide, which only a
 * city-wide admin grants), else a reporter's unit's, else the admin's own.
 */
async function checkCounty({ db, t }: Q, value: unknown, unitId: string | null, admin: Admin): Promise<string | null> {
  let countyId: string | null;
  if (value === undefined) {
    const unitCounty = unitId === null ? undefined : (await first(db.select({ c: t.units.countyId }).from(t.units).where(eq(t.units.id, unitId))))?.c;
    countyId = unitCounty ?? admin.countyId;
  } else if (value === null) {
    countyId = null;
  } else if (typeof value === 'string' && (await first(db.select({ id: t.counties.id }).from(t.counties).where(eq(t.counties.id, value))))) {
    countyId = value;
  } else {
    throw field('countyId', `countyId must be the id of a county of this deployment, or null for a city-wide account`);
  }
  if (admin.countyId !== null && countyId !== admin.countyId) throw otherCounty(countyId, admin.countyId);
  if (unitId !== null && countyId !== null) {
    const unitCounty = (await first(db.select({ c: t.units.countyId }).from(t.units).where(eq(t.units.id, unitId))))?.c;
    if (unitCounty && unitCounty !== countyId) throw field('countyId', `unit "${unitId}" is of county ${unitCounty}, not ${countyId}`);
  }
  return countyId;
}

function checkDisplayName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw field('displayName', 'displayName is required: the name people know the account by (a person or a post)');
  if (value.trim().length > MAX_DISPLAY_NAME) throw field('displayName', `displayName is longer than ${MAX_DISPLAY_NAME} characters`);
  return value.trim();
}

function checkRole(value: unknown): Role {
  if (!isRole(value)) throw field('role', `role must be one of ${Object.values(ROLES).join(', ')}`);
  return value;
}

/** A reporter is bound to one existing unit; no other role is. */
async function checkUnit({ db, t }: Q, role: Role, value: unknown): Promise<string | null> {
  const unitId = value === undefined || value === null || value === '' ? null : value;
  if (unitId !== null && typeof unitId !== 'string') throw field('unitId', 'unitId must be a unit id');
  if (role === ROLES.reporter && unitId === null) throw field('unitId', 'a reporter must be bound to a unit (unitId)');
  if (role !== ROLES.reporter && unitId !== null) throw field('unitId', 'only reporters are bound to a unit');
  if (unitId !== null && !(await first(db.select({ id: t.units.id }).from(t.units).where(eq(t.units.id, unitId))))) throw field('unitId', `unit "${unitId}" does not exist`);
  return unitId;
}

/** POST /api/users: an account, with the admin's password or a one-time one to hand over. */
export async function createAccount(store: Store, body: Record<string, unknown>, admin: Admin, now: number): Promise<{ user: AccountInfo; oneTimePassword: string | null }> {
  const { t } = store;
  const username = body.username;
  if (typeof username !== 'string' || !USERNAME_RE.test(username)) throw field('username', 'username must be 2-64 letters, digits, dots, dashes or underscores');
  const displayName = checkDisplayName(body.displayName);
  const role = checkRole(body.role);
  const unitId = await checkUnit(store, role, body.unitId);
  const countyId = await checkCounty(store, body.countyId, unitId, admin);
  const by = admin.id;
  const given = body.password;
  if (given !== undefined && typeof given !== 'string') throw field('password', 'password must be a string, or left out for a one-time password');
  if (given !== undefined) refuseWeak(given, username);
  const otp = given === undefined ? oneTimePassword() : null;
  const passwordHash = await hashPassword(given ?? otp!);
  await store.tx(async (tx) => {
    if (await first(tx.db.select({ id: t.users.id }).from(t.users).where(eq(t.users.username, username)))) throw conflict(`username "${username}" is already taken`, 'username_taken', { username });
    await tx.db.insert(t.users).values({ id: username, username, displayName, passwordHash, role, unitId, countyId, mustChangePassword: otp !== null, createdAt: now });
    await audit(tx, { at: now, userId: by, entity: 'user', entityId: username, action: 'add', after: { username, displayName, role, unitId, countyId, oneTimePassword: otp !== null } });
  });
  return { user: await accountById(store, username), oneTimePassword: otp };
}

/** PATCH /api/users/:id. Disabling, or changing the role or the unit, ends the account's sessions at once. */
export async function updateAccount(store: Store, id: string, body: Record<string, unknown>, admin: Admin, now: number): Promise<AccountInfo> {
  const { t } = store;
  const by = admin.id;
  const before = await accountById(store, id, admin);
  const known = new Set(['displayName', 'role', 'unitId', 'countyId', 'disabled']);
  const unknown = Object.keys(body).filter((k) => !known.has(k));
  if (unknown.length) throw field(unknown[0], `unknown field "${unknown[0]}": an account's displayName, role, unitId, countyId or disabled may be changed`);
  const displayName = body.displayName === undefined ? before.displayName : checkDisplayName(body.displayName);
  const role = body.role === undefined ? before.role : checkRole(body.role);
  if (body.disabled !== undefined && typeof body.disabled !== 'boolean') throw field('disabled', 'disabled must be true or false');
  const disabled = (body.disabled as boolean | undefined) ?? before.disabled;
  // a reporter made staff leaves its unit; a unit must be named when one becomes a reporter
  const unitId = await checkUnit(store, role, body.unitId !== undefined ? body.unitId : role === ROLES.reporter ? before.unitId : null);
  const countyId = body.countyId === undefined && (unitId === null || unitId === before.unitId) ? before.countyId : await checkCounty(store, body.countyId, unitId, admin);
  // the admin acting is always an enabled admin, so refusing this keeps at least one
  if (id === by && (role !== ROLES.admin || disabled)) throw conflict('you may not disable your own account or take away its admin role', 'own_account');
  const endsSessions = (disabled && !before.disabled) || role !== before.role || unitId !== before.unitId || countyId !== before.countyId;
  await store.tx(async (tx) => {
    await tx.db.update(t.users).set({ displayName, role, unitId, countyId, disabled }).where(eq(t.users.id, id));
    if (endsSessions) await tx.db.delete(t.sessions).where(eq(t.sessions.userId, id));
    await audit(tx, {
      at: now,
      userId: by,
      entity: 'user',
      entityId: id,
      action: 'update',
      before: { displayName: before.displayName, role: before.role, unitId: before.unitId, countyId: before.countyId, disabled: before.disabled },
      after: { displayName, role, unitId, countyId, disabled },
    });
  });
  return accountById(store, id);
}

/** POST /api/users/:id/reset-password: a one-time password; the account's sessions end. */
export async function resetPassword(store: Store, id: string, admin: Admin, now: number): Promise<string> {
  const { t } = store;
  const by = admin.id;
  await accountById(store, id, admin);
  const otp = oneTimePassword();
  const passwordHash = await hashPassword(otp);
  await store.tx(async (tx) => {
    await tx.db.update(t.users).set({ passwordHash, mustChangePassword: true }).where(eq(t.users.id, id));
    await tx.db.delete(t.sessions).where(eq(t.sessions.userId, id));
    await audit(tx, { at: now, userId: by, entity: 'user', entityId: id, action: 'reset-password' });
  });
  return otp;
}

/** POST /api/auth/password: the holder changes their own password; their other sessions end. */
export async function changeOwnPassword(store: Store, user: UserRow, body: Record<string, unknown>, keepSession: string, now: number): Promise<void> {
  const { t } = store;
  const { current, next } = body;
  if (typeof current !== 'string' || current === '') throw field('current', 'current (the password you have now) is required');
  if (typeof next !== 'string') throw field('next', 'next (the new password) is required');
  if (!(await verifyPassword(current, user.passwordHash))) throw new HttpError(403, 'wrong_password', 'the current password is wrong');
  if (next === current) throw badRequest('the new password must differ from the current one', 'same_password');
  refuseWeak(next, user.username);
  const passwordHash = await hashPassword(next);
  await store.tx(async (tx) => {
    await tx.db.update(t.users).set({ passwordHash, mustChangePassword: false }).where(eq(t.users.id, user.id));
    await tx.db.delete(t.sessions).where(and(eq(t.sessions.userId, user.id), ne(t.sessions.id, keepSession)));
    await audit(tx, { at: now, userId: user.id, entity: 'user', entityId: user.id, action: 'password' });
  });
}

/** Recorded at each successful login, for the accounts list. */
export async function recordLogin({ db, t }: Q, userId: string, now: number): Promise<void> {
  await db.update(t.users).set({ lastLoginAt: now }).where(eq(t.users.id, userId));
}
