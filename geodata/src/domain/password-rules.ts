import { COMMON_PASSWORDS } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a password is refused; the web words each in the user's language. */
export type PasswordProblem = 'too_short' | 'too_long' | 'like_username' | 'common';

/**
 * The rules a county office can live with, the same in the browser, the API and the CLI: at least
 * 8 characters (no rule about character classes: length does more, and people can remember it),
 * not the username or the username with a few characters added, and not one of the passwords
 * people pick first.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const name = username.toLowerCase();
  if (name.length >= 3 && lower.includes(name) && lower.length - name.length <= 4) return 'like_username';
  if (COMMON_PASSWORDS.has(lower)) return 'common';
  return null;
}

/** The rule broken, in English, for logs, the CLI and clients other than the web. */
export function passwordProblemText(problem: PasswordProblem): string {
  switch (problem) {
    case 'too_short':
      return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
    case 'too_long':
      return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
    case 'like_username':
      return 'the password must not be the username, nor the username with a few characters added';
    case 'common':
      return 'the password is one of the passwords people pick first; choose another';
  }
}
