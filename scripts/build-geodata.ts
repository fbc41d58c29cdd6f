/**
 * Builds geodata/dafang/: Dafang County's nine gridded urban communities, their 30 grids, the
 * special responsibility zones, the organisation and sample problems.
 *
 * No public boundaries exist for Dafang's communities, so the geometry is illustrative: a
 * made-up town fabric (Lloyd-relaxed Voronoi blocks) placed on the real county seat, with each
 * community where its name puts it. The names, codes and departments follow the 2018 plan.
 *
 * Deterministic: every random choice comes from a seeded stream, so two runs write identical
 * bytes. SEED was picked by eye among the first thirty for a town-like picture.
 *
 * It also writes synthetic counties (geodata/src/synthetic/) as dataset folders, for demos, tests
 * and benchmarks: one county, or a whole scale-benchmark city of them.
 */
import { existsSync, lstatSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Dataset } from '../geodata/src/dataset/types.ts';
import { syntheticMain } from './lib/geodata/synthetic-cli.ts';
import { CENTRE, TOWN_AREA_M2 } from './lib/geodata/dafang-facts.ts';
import { makeEdgeShaper, ringEdgeKeys, ringPoints } from './lib/geodata/edges.ts';
import { buildLayout } from './lib/geodata/layout.ts';
import { buildOrganisation } from './lib/geodata/organisation.ts';
import { buildProblems } from './lib/geodata/problems.ts';
import { closedRing, localProjection } from './lib/geodata/project.ts';
import { buildRegions, gridFeature } from './lib/geodata/regions.ts';
import { buildZones } from './lib/geodata/zones.ts';
import { arrayText, featureCollectionText, recordsText } from './lib/geodata/write.ts';

const SEED = 15;
const OUT = fileURLToPath(new URL('../geodata/dafang/', import.meta.url));

export function buildDafang(): Dataset {
  const layout = buildLayout(SEED);
  const shaper = makeEdgeShaper(layout.graph, SEED, ringEdgeKeys(layout.townRing), {
    spacing: 45,
    innerShare: 0.02,
    innerMax: 2.5,
    outerShare: 0.04,
    outerMax: 6,
  });
  // Scale the made-up town so the nine communities cover TOWN_AREA_M2 on the ellipsoid.
  const unscaled = localProjection(CENTRE.lon, CENTRE.lat);
  const rawArea = turf.area(turf.polygon([closedRing(ringPoints(layout.graph, layout.townRing, shaper), unscaled)]));
  const proj = localProjection(CENTRE.lon, CENTRE.lat, Math.sqrt(TOWN_AREA_M2 / rawArea));

  const regions = buildRegions(layout, shaper, proj);
  const { organisation, areaOf } = buildOrganisation(SEED, regions.grids);
  const communityName = new Map(regions.communities.map((c) => [c.properties.id, c.properties.name]));
  const grids = regions.grids.map((g) =>
    gridFeature(g, `${communityName.get(g.communityId)}第${Number(g.code.slice(-3))}网格`, areaOf.get(g.id)!),
  );
  const { zones, centres } = buildZones(SEED, layout, shaper, proj, regions.town);
  const problems = buildProblems(layout, centres, proj);

  for (const f of [...regions.communities, ...grids, ...zones]) {
    if (turf.kinks(f as Parameters<typeof turf.kinks>[0]).features.length) throw new Error(`self-intersecting: ${f.properties.id}`);
  }
  return {
    communities: turf.featureCollection(regions.communities),
    grids: turf.featureCollection(grids),
    zones: turf.featureCollection(zones),
    organisation,
    problems,
  };
}

/**
 * The data is written as *.geo.json, which Node, Vite and TypeScript all import as JSON, and
 * linked as *.geojson, the name GIS tools and check-coverage expect.
 */
function writeDataset(d: Dataset): void {
  mkdirSync(OUT, { recursive: true });
  for (const name of ['communities', 'grids', 'zones'] as const) {
    writeFileSync(`${OUT}${name}.geo.json`, featureCollectionText(d[name]));
    const link = `${OUT}${name}.geojson`;
    if (!existsSync(link) && !isLink(link)) symlinkSync(`${name}.geo.json`, link);
  }
  writeFileSync(`${OUT}organisation.json`, recordsText({ ...d.organisation }));
  writeFileSync(`${OUT}problems.json`, arrayText(d.problems));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function dafangMain(): void {
  const d = buildDafang();
  writeDataset(d);
  const area = d.communities.features.reduce((s, f) => s + turf.area(f), 0);
  console.log(
    `geodata/dafang: ${d.communities.features.length} communities (${(area / 1e6).toFixed(3)} km²), ` +
      `${d.grids.features.length} grids, ${d.zones.features.length} zones, ${d.organisation.units.length} units, ` +
      `${d.organisation.people.length} people, ${d.problems.length} problems`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.length === 0) dafangMain();
  else process.exitCode = syntheticMain(args);
}
