import { describe, expect, it } from 'vitest';
import type { LocateResponse } from '@wangge/geodata';
import { errorOf, tinyApp } from '../test/fixture.ts';

async function locate(lon: number | string, lat: number | string) {
  return (await tinyApp()).app.request(`/api/locate?lon=${lon}&lat=${lat}`);
}

describe('GET /api/locate', () => {
  it('answers with the grid, its community, office, area, units and people at an interior point', async () => {
    const res = await locate(100.015, 30.005);
    expect(res.status).toBe(200);
    const body = (await res.json()) as LocateResponse;
    expect(body.grid?.id).toBe('G3');
    expect(body.community?.name).toBe('乙社区');
    expect(body.streetOffice?.name).toBe('西街道');
    expect(body.area?.leaderTitle).toBe('县委常委');
    expect(body.units.map((u) => u.name)).toEqual(['市场监管局']);
    expect(body.manager?.name).toBe('管理员2');
    expect(body.supervisors.map((s) => s.name)).toEqual(['监督员2甲', '监督员2乙']);
    expect(body.zones).toEqual([]);
  });

  it('adds every zone holding the point, with its departments in order', async () => {
    const body = (await (await locate(100.0045, 30.005)).json()) as LocateResponse;
    expect(body.grid?.id).toBe('G1');
    expect(body.zones).toEqual([{ id: 'Z1', name: '测试农贸市场', kind: 'market', units: [{ id: 'U3', name: '市场监管局' }, { id: 'U1', name: '甲局' }] }]);
  });

  it('answers with nulls outside every grid', async () => {
    const body = (await (await locate(100.03, 30.005)).json()) as LocateResponse;
    expect(body).toMatchObject({ grid: null, community: null, streetOffice: null, area: null, units: [], manager: null, supervisors: [], zones: [] });
  });

  it('rejects bad coordinates naming the parameter', async () => {
    const cases: [string, string, string][] = [
      ['', '30', 'lon is required'],
      ['abc', '30', 'lon "abc" is not a number'],
      ['100', '91', 'lat 91 is out of range'],
      ['27.1', '105.6', 'lat 105.6 is out of range [-90, 90] (are lon and lat swapped?)'],
      ['200', '30', 'lon 200 is out of range'],
    ];
    for (const [lon, lat, message] of cases) {
      const res = await locate(lon, lat);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toContain(message);
    }
  });
});
