import { afterEach, describe, expect, it } from 'vitest';
import { countyInSearch, setApiCounty, withCounty, withCountyParam } from './county.ts';

afterEach(() => setApiCounty(null));

describe('the county a request works in', () => {
  it('adds county= to county-scoped API paths only, once a county is chosen', () => {
    expect(withCounty('/api/grids')).toBe('/api/grids');
    setApiCounty('520598');
    expect(withCounty('/api/grids')).toBe('/api/grids?county=520598');
    expect(withCounty('/api/status?week=2026-11-20')).toBe('/api/status?week=2026-11-20&county=520598');
    expect(withCounty('/api/grids?county=dafang')).toBe('/api/grids?county=dafang');
    for (const path of ['/api/counties', '/api/city/status?week=2026-11-20', '/api/auth/login', '/api/me', '/api/users/x', '/api/photos/p1']) expect(withCounty(path)).toBe(path);
  });

  it('keeps the county first in the page address, and reads it back', () => {
    expect(withCountyParam('?week=2026-11-20&layers=problems')).toBe('?week=2026-11-20&layers=problems');
    setApiCounty('520597');
    const search = withCountyParam('?county=dafang&week=2026-11-20&layers=zones,problems');
    expect(search).toBe('?county=520597&week=2026-11-20&layers=zones,problems');
    expect(countyInSearch(search)).toBe('520597');
    expect(countyInSearch('?county=<x>')).toBeNull();
  });
});
