import { eq } from 'drizzle-orm';
import { isRole, ROLES } from '@wangge/geodata';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { hashPasswordSync } from '../auth/password.ts';
import { audit } from './audit.ts';

const MIN_PASSWORD = 8;

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD) throw new Error(`the password must have at least ${MIN_PASSWORD} characters`);
}

/** Account management for a real deployment (npm run user). Throws with a message on bad input. */
export function addUser(db: Db, username: string, role: string, password: string, unitId: string | null, now: number): void {
  if (!/^[\w.-]{2,64}$/.test(username)) throw new Error(`username "${username}" must be 2-64 letters, digits, dots, dashes or underscores`);
  if (!isRole(role)) throw new Error(`role "${role}" must be one of ${Object.values(ROLES).join(', ')}`);
  if (role === 'reporter' && !unitId) throw new Error('a reporter must be bound to a unit (--unit <unit id>)');
  if (role !== 'reporter' && unitId) throw new Error('only reporters are bound to a unit');
  if (unitId && !db.select().from(t.units).where(eq(t.units.id, unitId)).get()) throw new Error(`unit "${unitId}" does not exist`);
  if (db.select().from(t.users).where(eq(t.users.username, username)).get()) throw new Error(`user "${username}" already exists`);
  checkPassword(password);
  db.transaction((tx) => {
    tx.insert(t.users).values({ id: username, username, passwordHash: hashPasswordSync(password), role, unitId, createdAt: now }).run();
    audit(tx as unknown as Db, { at: now, userId: null, entity: 'user', entityId: username, action: 'add', after: { username, role, unitId } });
  });
}

export function setPassword(db: Db, username: string, password: string, now: number): void {
  checkPassword(password);
  const user = db.select().from(t.users).where(eq(t.users.username, username)).get();
  if (!user) throw new Error(`user "${username}" does not exist`);
  db.transaction((tx) => {
    tx.update(t.users).set({ passwordHash: hashPasswordSync(password) }).where(eq(t.users.id, user.id)).run();
    // A new password ends every session opened with the old one.
    tx.delete(t.sessions).where(eq(t.sessions.userId, user.id)).run();
    audit(tx as unknown as Db, { at: now, userId: null, entity: 'user', entityId: username, action: 'passwd' });
  });
}

export function setDisabled(db: Db, username: string, disabled: boolean, now: number): void {
  const user = db.select().from(t.users).where(eq(t.users.username, username)).get();
  if (!user) throw new Error(`user "${username}" does not exist`);
  db.transaction((tx) => {
    tx.update(t.users).set({ disabled }).where(eq(t.users.id, user.id)).run();
    if (disabled) tx.delete(t.sessions).where(eq(t.sessions.userId, user.id)).run();
    audit(tx as unknown as Db, { at: now, userId: null, entity: 'user', entityId: username, action: disabled ? 'disable' : 'enable' });
  });
}
