/**
 * The embedded Dafang dataset is a valid coverage and a complete organisation, checked here
 * from first principles (segment matching, geodesic areas) rather than by the coverage engine
 * it will later be used to test.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dafang } from '../dafang.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const data = deepFreeze(dafang);
const { communities, grids, zones, organisation, problems } = data;

const key = (p: Position): string => `${p[0]},${p[1]}`;
const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
/** Directed segments "a>b" of every ring, exact coordinates. */
function segments(g: Polygon | MultiPolygon): string[] {
  return rings(g).flatMap((r) => r.slice(0, -1).map((p, i) => `${key(p)}>${key(r[i + 1])}`));
}
const reverse = (s: string): string => s.split('>').reverse().join('>');

const communityById = new Map(communities.features.map((f) => [f.properties.id, f]));
const gridsOf = (communityId: string) => grids.features.filter((g) => g.properties.communityId === communityId);

/** For each directed segment, the features that have it. */
function owners(features: readonly Feature<Polygon | MultiPolygon, { id: string }>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of features) {
    for (const s of segments(f.geometry)) out.set(s, [...(out.get(s) ?? []), f.properties.id]);
  }
  return out;
}

describe('Dafang communities', () => {
  it('are the nine gridded communities of the 2018 plan, under the three street offices', () => {
    expect(communities.features.map((f) => f.properties.name).sort()).toEqual(
      ['奢香古镇社区', '南郊社区', '北郊社区', '城中社区', '城南社区', '城北社区', '西南社区', '西北社区', '东郊社区'].sort(),
    );
    expect(organisation.streetOffices.map((o) => `${o.code} ${o.name}`)).toEqual([
      '520521001 红旗街道',
      '520521002 顺德街道',
      '520521003 慕俄格古城街道',
    ]);
    const offices = new Map(organisation.streetOffices.map((o) => [o.id, o]));
    for (const c of communities.features) {
      const office = offices.get(c.properties.streetOfficeId)!;
      expect(c.properties.gridded).toBe(true);
      expect(c.properties.code).toMatch(/^\d{12}$/);
      expect(c.properties.code.startsWith(office.code)).toBe(true);
      if (['北郊社区', '南郊社区'].includes(c.properties.name)) {
        expect(office.name).toBe('慕俄格古城街道');
        expect(c.properties.streetOfficeGuessed).toBe(false);
      } else expect(c.properties.streetOfficeGuessed).toBe(true);
    }
    expect(new Set(communities.features.map((c) => c.properties.code)).size).toBe(9);
  });

  it('cover 6-10 km² centred within 1.5 km of the county seat (105.606 E, 27.147 N)', () => {
    const areas = communities.features.map((f) => turf.area(f));
    const total = areas.reduce((s, a) => s + a, 0);
    expect(total).toBeGreaterThan(6e6);
    expect(total).toBeLessThan(10e6);
    // Area-weighted mean of the communities' centres of mass.
    const centre = communities.features
      .map((f, i) => turf.centerOfMass(f).geometry.coordinates.map((v) => (v * areas[i]) / total))
      .reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
    expect(turf.distance(centre, [105.606, 27.147], { units: 'kilometers' })).toBeLessThan(1.5);
  });

  it('sit where their names put them', () => {
    const at = (name: string) => {
      const f = communities.features.find((c) => c.properties.name === name)!;
      return turf.centerOfMass(f).geometry.coordinates;
    };
    const centre = at('城中社区');
    expect(at('北郊社区')[1]).toBeGreaterThan(at('城北社区')[1]);
    expect(at('城北社区')[1]).toBeGreaterThan(centre[1]);
    expect(at('城南社区')[1]).toBeLessThan(centre[1]);
    expect(at('南郊社区')[1]).toBeLessThan(at('城南社区')[1]);
    expect(at('东郊社区')[0]).toBeGreaterThan(centre[0]);
    for (const west of ['西北社区', '西南社区']) expect(at(west)[0]).toBeLessThan(centre[0]);
    expect(at('西北社区')[1]).toBeGreaterThan(at('西南社区')[1]);
  });

  it('share every inner edge vertex for vertex with exactly one neighbour, and leave one outline', () => {
    const own = owners(communities.features);
    const outline: string[] = [];
    for (const [s, ids] of own) {
      expect(ids, `segment ${s} drawn twice the same way`).toHaveLength(1);
      const across = own.get(reverse(s)) ?? [];
      expect(across.length).toBeLessThanOrEqual(1);
      if (across.length === 0) outline.push(s);
      else expect(across[0]).not.toBe(ids[0]);
    }
    // The unmatched segments chain into a single closed ring: the town has no holes or islands.
    const next = new Map(outline.map((s) => s.split('>') as [string, string]));
    expect(next.size).toBe(outline.length);
    const start = outline[0].split('>')[0];
    let steps = 0;
    for (let p = next.get(start)!; p !== start; p = next.get(p)!) steps++;
    expect(steps + 1).toBe(outline.length);
  });
});

describe('Dafang grids', () => {
  it('are 30, three or four per community, with well-formed unique codes and names', () => {
    expect(grids.features).toHaveLength(30);
    for (const c of communities.features) expect([3, 4]).toContain(gridsOf(c.properties.id).length);
    expect(new Set(grids.features.map((g) => g.properties.code)).size).toBe(30);
    expect(new Set(grids.features.map((g) => g.properties.id)).size).toBe(30);
    for (const g of grids.features) {
      const c = communityById.get(g.properties.communityId)!;
      expect(g.properties.code).toMatch(/^\d{15}$/);
      expect(g.properties.code.slice(0, 12)).toBe(c.properties.code);
      expect(g.properties.name).toBe(`${c.properties.name}第${Number(g.properties.code.slice(12))}网格`);
    }
    for (const c of communities.features) {
      const seqs = gridsOf(c.properties.id).map((g) => Number(g.properties.code.slice(12))).sort();
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it('sum to their community to within 0.1 m²', () => {
    for (const c of communities.features) {
      const sum = gridsOf(c.properties.id).reduce((s, g) => s + turf.area(g), 0);
      expect(Math.abs(sum - turf.area(c)), c.properties.name).toBeLessThan(0.1);
    }
  });

  it('match every edge with one neighbour or their community outline, and fill the community exactly', () => {
    const own = owners(grids.features);
    const communitySegs = new Map(communities.features.map((c) => [c.properties.id, new Set(segments(c.geometry))]));
    const gridById = new Map(grids.features.map((g) => [g.properties.id, g]));
    for (const [s, ids] of own) {
      expect(ids, `segment ${s} drawn twice the same way`).toHaveLength(1);
      const g = gridById.get(ids[0])!;
      const across = own.get(reverse(s)) ?? [];
      if (across.length === 0) expect(communitySegs.get(g.properties.communityId)!.has(s), `${g.properties.id}: ${s}`).toBe(true);
      else {
        expect(across).toHaveLength(1);
        expect(across[0]).not.toBe(ids[0]);
      }
    }
    // Per community: the grids' segments not cancelled by a sibling grid are the community ring.
    for (const c of communities.features) {
      const mine = gridsOf(c.properties.id).flatMap((g) => segments(g.geometry));
      const set = new Set(mine);
      const outer = mine.filter((s) => !set.has(reverse(s))).sort();
      expect(outer).toEqual([...communitySegs.get(c.properties.id)!].sort());
    }
  });

  it('are numbered west→east, north→south inside their community (rows first, north first)', () => {
    // A grid starts a new row when its centre (of mass) is more than 0.6 × a typical grid's size
    // (√(community area / grids)) south of the row's northernmost centre; inside a row, west to east.
    for (const c of communities.features) {
      const list = gridsOf(c.properties.id).sort((a, b) => a.properties.code.localeCompare(b.properties.code));
      const origin = turf.centerOfMass(c).geometry.coordinates;
      const metres = list.map((g) => {
        const p = turf.centerOfMass(g).geometry.coordinates;
        return [
          turf.distance(origin, [p[0], origin[1]], { units: 'meters' }) * Math.sign(p[0] - origin[0]),
          turf.distance(origin, [origin[0], p[1]], { units: 'meters' }) * Math.sign(p[1] - origin[1]),
        ];
      });
      const band = 0.6 * Math.sqrt(turf.area(c) / list.length);
      const byNorth = list.map((_, i) => i).sort((a, b) => metres[b][1] - metres[a][1]);
      const rows: number[][] = [];
      for (const i of byNorth) {
        const row = rows.at(-1);
        if (row && metres[row[0]][1] - metres[i][1] <= band) row.push(i);
        else rows.push([i]);
      }
      const expected = rows.flatMap((row) => row.sort((a, b) => metres[a][0] - metres[b][0]));
      expect(expected.map((i) => list[i].properties.code), c.properties.name).toEqual(list.map((g) => g.properties.code));
    }
  });
});

describe('Dafang polygons', () => {
  const all = [...communities.features, ...grids.features, ...zones.features];

  it('are closed, long enough, counter-clockwise outside, free of self-intersections, at 7 decimals', () => {
    for (const f of all) {
      const id = f.properties.id;
      rings(f.geometry).forEach((r) => {
        expect(r.length, id).toBeGreaterThanOrEqual(4);
        expect(key(r[0]), id).toBe(key(r[r.length - 1]));
        for (const [lon, lat] of r) {
          expect(Math.round(lon * 1e7) / 1e7).toBe(lon);
          expect(Math.round(lat * 1e7) / 1e7).toBe(lat);
        }
      });
      const outer = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
      for (const r of outer) expect(turf.booleanClockwise(r), id).toBe(false);
      expect(turf.kinks(f as Feature<Polygon>).features, id).toHaveLength(0);
    }
  });
});

describe('Dafang organisation', () => {
  const unitIds = new Set(organisation.units.map((u) => u.id));
  const phone = /^1\d{2}0000\d{4}$/;

  it('gives each grid 1-3 units led by the first, a manager and at least two supervisors', () => {
    for (const g of grids.features) {
      const held = organisation.gridUnits.filter((u) => u.gridId === g.properties.id);
      expect(held.length, g.properties.id).toBeGreaterThanOrEqual(1);
      expect(held.length, g.properties.id).toBeLessThanOrEqual(3);
      expect(held.map((u) => u.lead)).toEqual(held.map((_, i) => i === 0));
      expect(new Set(held.map((u) => u.unitId)).size).toBe(held.length);
      for (const u of held) expect(unitIds.has(u.unitId)).toBe(true);
      const staff = organisation.people.filter((p) => p.gridId === g.properties.id);
      expect(staff.filter((p) => p.role === 'manager')).toHaveLength(1);
      expect(staff.filter((p) => p.role === 'supervisor').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has every unit hold a grid, about 30 units, and made-up contacts', () => {
    expect(organisation.units.length).toBeGreaterThanOrEqual(25);
    for (const u of organisation.units) {
      expect(organisation.gridUnits.some((gu) => gu.unitId === u.id), u.name).toBe(true);
      expect(u.contactPhone).toMatch(phone);
      expect(u.contactName).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
    const names = [...organisation.units.map((u) => u.contactName), ...organisation.people.map((p) => p.name)];
    expect(new Set(names).size).toBe(names.length);
    for (const p of organisation.people) expect(p.phone).toMatch(phone);
  });

  it('groups the grids into 片区 of about five neighbouring grids, each under a leader by title', () => {
    expect(organisation.areas.length).toBeGreaterThanOrEqual(5);
    const own = owners(grids.features);
    const touches = (a: string, b: string) =>
      [...own].some(([s, ids]) => ids[0] === a && (own.get(reverse(s)) ?? []).includes(b));
    for (const a of organisation.areas) {
      expect(a.leaderTitle).toMatch(/^县/);
      expect(a.leaderPhone).toMatch(phone);
      const members = grids.features.filter((g) => g.properties.areaId === a.id).map((g) => g.properties.id);
      expect(members.length, a.name).toBeGreaterThanOrEqual(4);
      expect(members.length, a.name).toBeLessThanOrEqual(6);
      const reached = new Set([members[0]]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const m of members) {
          if (!reached.has(m) && [...reached].some((r) => touches(r, m))) {
            reached.add(m);
            grew = true;
          }
        }
      }
      expect(reached.size, `${a.name} is one connected piece`).toBe(members.length);
    }
    const areaIds = new Set(organisation.areas.map((a) => a.id));
    for (const g of grids.features) expect(areaIds.has(g.properties.areaId)).toBe(true);
  });
});

describe('Dafang zones', () => {
  const unitName = new Map(organisation.units.map((u) => [u.id, u.name]));
  const names = (ids: readonly string[]) => ids.map((id) => unitName.get(id));

  it('name existing units, in the order the plan gives for each kind of place', () => {
    const expected: Record<string, string[]> = {
      road: ['城市综合执法大队', '交警大队', '交通运输局', '市场监管局'],
      commercial: ['城市综合执法大队', '交警大队', '交通运输局', '市场监管局'],
      market: ['市场监管局', '城市综合执法大队', '交警大队'],
      hospital: ['卫计局'],
      park: ['城市综合执法大队'],
      toilet: ['城市综合执法大队'],
      hotel: ['市场监管局', '旅发办'],
    };
    for (const z of zones.features) {
      for (const id of z.properties.unitIds) expect(unitName.has(id), `${z.properties.name}: ${id}`).toBe(true);
      if (z.properties.kind === 'dormitory') {
        expect(z.properties.unitIds).toHaveLength(1);
        expect(z.properties.name.startsWith(unitName.get(z.properties.unitIds[0])!)).toBe(true);
      } else expect(names(z.properties.unitIds), z.properties.name).toEqual(expected[z.properties.kind]);
    }
    const count = (kind: string) => zones.features.filter((z) => z.properties.kind === kind).length;
    expect(count('road')).toBeGreaterThanOrEqual(2);
    expect(count('commercial')).toBeGreaterThanOrEqual(1);
    expect(count('market')).toBe(2);
    expect(count('hospital')).toBeGreaterThanOrEqual(2);
    expect(count('toilet')).toBeGreaterThanOrEqual(2);
    expect(count('hotel')).toBeGreaterThanOrEqual(2);
    expect(count('dormitory')).toBeGreaterThanOrEqual(1);
    expect(zones.features.some((z) => z.properties.name === '奢香大道')).toBe(true);
    expect(new Set(zones.features.map((z) => z.properties.id)).size).toBe(zones.features.length);
  });
});

describe('Dafang sample problems', () => {
  const categories = ['环境卫生', '门前三包', '小广告/乱张贴', '占道经营', '乱停乱放', '交通秩序', '公益广告缺失/破损', '设施损坏', '农贸市场秩序', '公厕卫生', '工地围挡/扬尘', '其他'];
  const statuses = ['reported', 'assigned', 'in_progress', 'fixed', 'verified'];

  it('lie inside exactly one grid each, one of them inside a farmers’ market', () => {
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const p of problems) {
      const inside = grids.features.filter((g) => turf.booleanPointInPolygon([p.lon, p.lat], g));
      expect(inside, p.id).toHaveLength(1);
      expect(categories).toContain(p.category);
      expect(statuses).toContain(p.status);
      expect(p.daysAgo).toBeGreaterThanOrEqual(0);
    }
    const markets = zones.features.filter((z) => z.properties.kind === 'market');
    expect(problems.some((p) => markets.some((m) => turf.booleanPointInPolygon([p.lon, p.lat], m)))).toBe(true);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
  });
});
