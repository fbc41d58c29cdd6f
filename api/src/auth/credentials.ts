import { randomBytes } from 'node:crypto';
import type { Q } from '../db/store.ts';
import { userByUsername, type UserRow } from '../services/users.ts';
import { hashPassword, verifyPassword } from './password.ts';

let standIn: Promise<string> | null = null;

/** A hash of nobody's password, at the cost real accounts are hashed with; made once per process. */
function standInHash(): Promise<string> {
  standIn ??= hashPassword(randomBytes(24).toString('base64url'));
  return standIn;
}

/**
 * The account these credentials open, or null. Every answer costs one password check — an
 * unknown or disabled username is checked against a stand-in hash — so the time taken does not
 * tell which usernames exist.
 */
export async function checkCredentials(q: Q, username: string, password: string, verify = verifyPassword): Promise<UserRow | null> {
  const user = await userByUsername(q, username);
  const ok = await verify(password, user?.passwordHash ?? (await standInHash()));
  return user && ok && !user.disabled ? user : null;
}
