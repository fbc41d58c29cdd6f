import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChunkModules } from './vite-bundle-modules.ts';
import { BUNDLE_MODULES_FILE } from './vite-bundle-modules.ts';

export interface LoadedAsset {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** node_modules/<pkg>/… → the package; web/src/<folder>/… → that folder; anything else as it is */
export function moduleGroup(id: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1];
  const app = /^(web\/src\/[^/]+)\//.exec(id);
  if (app) return `${app[1]}/`;
  return id;
}

/** The largest groups of modules in a chunk, each as its share of the chunk's bytes. */
export function topGroups(modules: Record<string, number>, count: number): { group: string; share: number }[] {
  const sizes = new Map<string, number>();
  let total = 0;
  for (const [id, size] of Object.entries(modules)) {
    sizes.set(moduleGroup(id), (sizes.get(moduleGroup(id)) ?? 0) + size);
    total += size;
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([group, size]) => ({ group, share: total > 0 ? size / total : 0 }));
}

/**
 * Lines describing each JS file the page loaded: raw and gzip KiB and what it holds (the largest
 * packages or app folders by share of the chunk, from the build's module info), then the total.
 */
export function bundleReport(assets: readonly LoadedAsset[], dist: string): string[] {
  const file = join(dist, BUNDLE_MODULES_FILE);
  const chunks: Record<string, ChunkModules> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const lines: string[] = [];
  for (const a of assets.filter((x) => x.type === 'script')) {
    lines.push(`  ${a.url.padEnd(52)} ${kib(a.raw).padStart(8)} KiB raw ${kib(a.gzip).padStart(7)} KiB gzip`);
    const chunk = chunks[a.url.replace(/^\//, '')];
    const holds = chunk
      ? topGroups(chunk.modules, 6).map((g) => `${g.group} ${(g.share * 100).toFixed(0)}%`).join(', ')
      : a.url.includes('maplibre-gl-worker')
        ? "MapLibre's prebuilt worker (tiling GeoJSON, placing labels), as the package ships it"
        : 'not a chunk of this build';
    lines.push(`      holds (share of its modules before minifying): ${holds}`);
  }
  const js = assets.filter((a) => a.type === 'script');
  lines.push(`JavaScript total: ${kib(js.reduce((s, a) => s + a.raw, 0))} KiB raw, ${kib(js.reduce((s, a) => s + a.gzip, 0))} KiB gzip`);
  return lines;
}
