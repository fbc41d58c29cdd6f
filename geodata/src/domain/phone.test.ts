import { describe, expect, it } from 'vitest';
import { isChinesePhone } from './phone.ts';

describe('isChinesePhone', () => {
  it('takes mobiles as people write them', () => {
    for (const n of ['13800000001', '138-0000-0001', '138 0000 0001', '+8613800000001', '008619912345678', ' 15985712345 ']) expect(isChinesePhone(n), n).toBe(true);
  });

  it('takes landlines with their area code, and an extension', () => {
    for (const n of ['0857-4221234', '08574221234', '(0857)4221234', '010-62751234', '021 6888 1234', '0857-4221234-801']) expect(isChinesePhone(n), n).toBe(true);
  });

  it('refuses what cannot be dialled: wrong lengths, no area code, letters, empty', () => {
    for (const n of ['', '   ', '1380000000', '138000000012', '12800000001', '4221234', '0857-0221234', '0857-422123', 'abc', '13800000001x', '110']) expect(isChinesePhone(n), n).toBe(false);
  });
});
