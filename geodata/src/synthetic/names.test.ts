import { describe, expect, it } from 'vitest';
import { chineseNumber, placeName } from './names.ts';

describe('chineseNumber', () => {
  it('writes 1..99 the way a 片区 is numbered', () => {
    expect([1, 9, 10, 11, 12, 20, 21, 40, 99].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十二', '二十', '二十一', '四十', '九十九']);
    expect(() => chineseNumber(100)).toThrow('chineseNumber takes 1..99 (got 100)');
  });
});

describe('placeName', () => {
  it('uses each word once, then again with 二, 三', () => {
    const words = ['东城', '西城'];
    expect([0, 1, 2, 3, 4].map((k) => placeName(words, k))).toEqual(['东城', '西城', '东城二', '西城二', '东城三']);
  });
});
