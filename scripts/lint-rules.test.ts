import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint's boundary rules fail on code that crosses them: each fixture is linted as if it lay
 * where the rule applies, and exactly its crossing lines are refused with the rule's message.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`lint-fixtures/${name}`, import.meta.url), 'utf8');
// a path, not a literal, keeps tsc from reading the config's JavaScript for types
const configUrl = new URL('../eslint.config.js', import.meta.url).href;
const boundaries = (await import(configUrl)) as Record<'geodataIsPure' | 'mapKnowsNoFeature' | 'routesKnowNoSchema', Linter.Config>;

async function lint(code: string, filePath: string, extra: Linter.Config[] = []) {
  const eslint = new ESLint({ cwd: root, overrideConfig: extra });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ line: m.line, rule: m.ruleId, message: m.message }));
}

describe('the lint boundaries', () => {
  it('keep geodata pure: no Node, no database, no browser-only library, nothing of ours, no DOM or Node globals', async () => {
    const found = await lint(fixture('geodata-impure.ts.txt'), 'geodata/src/domain/lint-fixture.ts');
    const imports = found.filter((m) => m.rule === 'no-restricted-imports');
    expect(imports.map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(imports[0].message).toContain('geodata stays pure (it runs in the browser and the API alike): no Node built-ins.');
    expect(imports[1].message).toContain('no Node built-ins.');
    expect(imports[2].message).toContain('no database packages.');
    expect(imports[3].message).toContain('no database packages.');
    expect(imports[4].message).toContain('no browser-only libraries.');
    expect(imports[5].message).toContain('it imports nothing of ours');
    expect(imports[6].message).toContain('it imports nothing of ours');
    const globals = found.filter((m) => m.rule === 'no-restricted-globals').map((m) => m.message);
    expect(globals).toEqual([expect.stringContaining("'window'"), expect.stringContaining("'fetch'"), expect.stringContaining("'process'")]);
    expect(found).toHaveLength(10);
  });

  it('let geodata’s own code through', async () => {
    const file = 'geodata/src/contract/policy.ts';
    expect(await lint(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), file)).toEqual([]);
  });

  it('keep feature folders out of web/src/map, and let the map base through', async () => {
    const code = fixture('map-imports-feature.ts.txt');
    const file = 'web/src/map/layers/lint-fixture.ts';
    const found = await lint(code, file);
    expect(found.map((m) => m.line)).toEqual([1, 2]);
    expect(found[0].message).toContain('web/src/map knows no feature');
    expect(found[0].message).toMatch(/features: .*coverage.*problems/);
  });

  it('keep the tables out of api routes, and let services through', async () => {
    const code = fixture('route-imports-schema.ts.txt');
    const found = await lint(code, 'api/src/routes/lint-fixture.ts');
    expect(found.map((m) => m.line)).toEqual([1, 2]);
    expect(found[0].message).toContain('api routes know no schema');
  });
});
