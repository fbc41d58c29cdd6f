import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * The lint: the packages' import boundaries, plus a few rules that catch real mistakes. Types are
 * checked by tsc; no rule here needs type information, so a file is linted on its own text.
 */

/** web/src folders every feature builds on; each other folder of web/src is a feature. */
const WEB_BASE = ['map', 'state', 'api', 'i18n', 'styles', 'theme', 'test'];
const WEB_FEATURES = readdirSync(new URL('./web/src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !WEB_BASE.includes(d.name))
  .map((d) => d.name);

const PURE = 'geodata stays pure (it runs in the browser and the API alike):';

/** geodata imports no Node built-in, no browser-only library, no database package and nothing else of ours. */
export const geodataIsPure = {
  name: 'boundary/geodata-is-pure',
  files: ['geodata/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: `${PURE} no Node built-ins.` })),
        patterns: [
          { regex: '^node:', message: `${PURE} no Node built-ins.` },
          { group: ['better-sqlite3', 'pg', 'pg-*', 'postgres', 'drizzle-orm', 'drizzle-orm/*', 'drizzle-kit'], message: `${PURE} no database packages.` },
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'maplibre-gl', 'terra-draw', 'terra-draw-*', 'zustand', 'zustand/*'], message: `${PURE} no browser-only libraries.` },
          { regex: '^@wangge/', message: `${PURE} it imports nothing of ours (api, web and scripts import it).` },
          { regex: '^(\\.\\./)+(api|web|scripts|e2e)(/|$)', message: `${PURE} it imports nothing of ours (api, web and scripts import it).` },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest'].map((name) => ({ name, message: `${PURE} no DOM, no network.` })),
      ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({ name, message: `${PURE} no Node globals.` })),
    ],
  },
};

/** The map is the base features plug into: it imports no feature folder. */
export const mapKnowsNoFeature = {
  name: 'boundary/map-knows-no-feature',
  files: ['web/src/map/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${WEB_FEATURES.join('|')})(/|$)`,
            message: `web/src/map knows no feature: a feature registers its sources, layers and handlers with the map (features: ${WEB_FEATURES.join(', ')}).`,
          },
        ],
      },
    ],
  },
};

/** Routes parse, authorise, call a service and answer: only services and api/src/db know the tables. */
export const routesKnowNoSchema = {
  name: 'boundary/routes-know-no-schema',
  files: ['api/src/routes/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: '/db/(schema[^/]*|tables(\\.ts)?|kit[^/]*)$', message: 'api routes know no schema: read and write through a service (only services and api/src/db know the tables).' }] },
    ],
  },
};

const correctness = {
  name: 'correctness',
  files: ['**/*.{ts,tsx}'],
  languageOptions: { parser: tseslint.parser },
  plugins: { '@typescript-eslint': tseslint.plugin },
  linterOptions: { reportUnusedDisableDirectives: 'error' },
  rules: Object.fromEntries(
    [
      'no-async-promise-executor',
      'no-cond-assign',
      'no-constant-binary-expression',
      'no-debugger',
      'no-dupe-else-if',
      'no-duplicate-case',
      'no-fallthrough',
      'no-self-assign',
      'no-self-compare',
      'no-sparse-arrays',
      'no-template-curly-in-string',
      'no-unmodified-loop-condition',
      'no-unreachable-loop',
      'no-unsafe-finally',
      'no-unsafe-negation',
      'no-unsafe-optional-chaining',
      'no-useless-backreference',
      'no-var',
      'use-isnan',
      'valid-typeof',
      '@typescript-eslint/no-misused-new',
      '@typescript-eslint/no-non-null-asserted-optional-chain',
      '@typescript-eslint/no-unsafe-declaration-merging',
      '@typescript-eslint/prefer-as-const',
    ].map((rule) => [rule, 'error']),
  ),
};

export default [
  { name: 'ignored', ignores: ['data/**', 'web/dist/**', 'test-results/**', 'playwright-report/**', 'out/**', '.bench/**'] },
  correctness,
  geodataIsPure,
  routesKnowNoSchema,
  mapKnowsNoFeature,
];
