import { describe, expect, it } from 'vitest';
import { HEADER_PARTS, headerOrder } from './header-order.ts';

describe('headerOrder', () => {
  it('keeps the desk order: search beside the brand, then the week and the buttons', () => {
    expect(headerOrder(1280)).toEqual(['search', 'week', 'export', 'lang', 'user']);
    expect(headerOrder(761)).toEqual(['search', 'week', 'export', 'lang', 'user']);
  });

  it('puts the search last where it wraps to the bottom row (header.css --phone, up to 760 px)', () => {
    expect(headerOrder(760)).toEqual(['week', 'export', 'lang', 'user', 'search']);
    expect(headerOrder(601)).toEqual(['week', 'export', 'lang', 'user', 'search']);
  });

  it('on a phone (max-width: 600px) goes buttons, then the week row, then the search row', () => {
    expect(headerOrder(600)).toEqual(['export', 'lang', 'user', 'week', 'search']);
    expect(headerOrder(390)).toEqual(['export', 'lang', 'user', 'week', 'search']);
  });

  it('always holds every control once', () => {
    for (const w of [320, 600, 700, 760, 1024]) expect([...headerOrder(w)].sort()).toEqual([...HEADER_PARTS].sort());
  });
});
