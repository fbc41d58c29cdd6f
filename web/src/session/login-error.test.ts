import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { useLang } from '../i18n/lang.ts';
import { loginError } from './login-error.ts';

describe('loginError', () => {
  it('says "wrong username or password" for a 401, with what to try next', () => {
    expect(loginError(new ApiRequestError(401, 'bad_credentials', 'wrong username or password'))).toEqual({ key: 'session.badCredentials', hint: 'session.badCredentialsHint' });
  });

  it('says how long to wait after too many attempts, from Retry-After or else the message', () => {
    expect(loginError(new ApiRequestError(429, 'too_many_attempts', 'x', 12))).toEqual({ key: 'session.tooMany', params: { seconds: 12 } });
    expect(loginError(new ApiRequestError(429, 'too_many_attempts', 'too many failed logins; try again in 30 s'))).toEqual({
      key: 'session.tooMany',
      params: { seconds: 30 },
    });
  });

  it('words anything else as every other error is worded: the server message when there are no words for its code', () => {
    useLang.setState({ lang: 'zh' });
    expect(loginError(new ApiRequestError(400, 'bad_field', 'username is required'))).toEqual({ key: 'session.failed', params: { message: 'username is required' } });
    expect(loginError(new TypeError('Failed to fetch'))).toEqual({ key: 'session.failed', params: { message: '连不上服务器，请检查网络后重试。' } });
  });
});
