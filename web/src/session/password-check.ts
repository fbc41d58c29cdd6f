import { passwordProblem } from '@wangge/geodata';
import { passwordProblemMessage } from '../api/error-message.ts';
import type { ErrorMessageKey } from '../i18n/errors.zh.ts';
import type { Params } from '../i18n/lang.ts';

/**
 * What is wrong with a new password, by the server's own rules (geodata's passwordProblem), worded
 * as the server's refusal would be; null when it passes or nothing is typed yet.
 */
export function passwordCheck(password: string, username: string): { key: ErrorMessageKey; params?: Params } | null {
  if (password === '') return null;
  const problem = passwordProblem(password, username);
  return problem ? passwordProblemMessage(problem) : null;
}
