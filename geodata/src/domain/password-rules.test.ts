import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.ts';

describe('passwordProblem', () => {
  it('takes a long enough password that is neither the username nor a common one', () => {
    expect(passwordProblem('街道巡查2026春', 'inspector')).toBeNull();
    expect(passwordProblem('correct horse', 'planner')).toBeNull();
  });

  it('counts characters, not bytes: eight Chinese characters are enough, seven are not', () => {
    expect(passwordProblem('大方县创文办公室', 'admin')).toBeNull();
    expect(passwordProblem('大方县创文办公', 'admin')).toBe('too_short');
  });

  it('refuses the username, in any case, and the username with up to four characters added', () => {
    expect(passwordProblem('Reporter-U1', 'reporter-u1')).toBe('like_username');
    expect(passwordProblem('reporter-u1!!!!', 'reporter-u1')).toBe('like_username');
    expect(passwordProblem('reporter-u1!!!!!', 'reporter-u1')).toBeNull();
    expect(passwordProblem('xreporter-u1 at the market', 'reporter-u1')).toBeNull();
  });

  it('refuses the passwords people pick first, in any case', () => {
    expect(passwordProblem('Woaini1314', 'zhang')).toBe('common');
    expect(passwordProblem('12345678', 'zhang')).toBe('common');
    expect(passwordProblem('P@ssw0rd', 'zhang')).toBe('common');
  });

  it('refuses a password too short before anything else, and one past 200 characters', () => {
    expect(passwordProblem('1234567', 'zhang')).toBe('too_short');
    expect(passwordProblem('x'.repeat(201), 'zhang')).toBe('too_long');
  });
});
