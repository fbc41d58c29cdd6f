import type { Plugin } from 'vite';

/** One emitted JS chunk as `bench:map`'s bundle report reads it: the modules it holds, by rendered size. */
export interface ChunkModules {
  imports: string[];
  dynamicImports: string[];
  /** module id (relative to the repository, node_modules shortened) → bytes it takes in the chunk, minified */
  modules: Record<string, number>;
}

export const BUNDLE_MODULES_FILE = '.vite/bundle-modules.json';

/**
 * Emits `.vite/bundle-modules.json` into the build's output: for each JS chunk, the modules it holds and
 * their rendered sizes (the bundler's own module info, so no analyser dependency).
 */
export function bundleModules(root: string): Plugin {
  return {
    name: 'wangge-bundle-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, ChunkModules> = {};
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(out.modules)) {
          if (info.renderedLength > 0) modules[shortId(id, root)] = info.renderedLength;
        }
        chunks[out.fileName] = { imports: out.imports, dynamicImports: out.dynamicImports, modules };
      }
      this.emitFile({ type: 'asset', fileName: BUNDLE_MODULES_FILE, source: JSON.stringify(chunks) });
    },
  };
}

function shortId(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) return clean.slice(nm + 1);
  return clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
}
