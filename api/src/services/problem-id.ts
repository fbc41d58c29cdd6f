import { randomBytes } from 'node:crypto';

/**
 * A problem's id: its filing time (base 36) and 60 random bits from the system's generator, so
 * problems filed in the same millisecond — or under a fixed clock (WANGGE_NOW) — never collide.
 */
export function newProblemId(now: number): string {
  const random = randomBytes(8).readBigUInt64BE() >> 4n;
  return `P${now.toString(36).toUpperCase()}${random.toString(36).toUpperCase().padStart(12, '0')}`;
}
