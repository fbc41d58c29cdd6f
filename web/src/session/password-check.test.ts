import { describe, expect, it } from 'vitest';
import { passwordCheck } from './password-check.ts';

describe('passwordCheck', () => {
  it('finds in the browser what the server would refuse, worded the same way', () => {
    expect(passwordCheck('', 'zhang')).toBeNull();
    expect(passwordCheck('abc1234', 'zhang')).toEqual({ key: 'error.weak_password.too_short', params: { min: 8, max: 200 } });
    expect(passwordCheck('zhang2024', 'zhang')?.key).toBe('error.weak_password.like_username');
    expect(passwordCheck('woaini1314', 'zhang')?.key).toBe('error.weak_password.common');
    expect(passwordCheck('市场巡查每周五下午', 'zhang')).toBeNull();
  });
});
