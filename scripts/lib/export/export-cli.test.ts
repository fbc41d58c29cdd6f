import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from './cli-args.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'wangge-export-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exportMap(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export-map.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 140_000 });
}

describe('npm run export-map with bad arguments', () => {
  const out = join(dir, 'map.png');
  const cases: [string, string[], RegExp][] = [
    ['a Thursday', ['--week', '2026-11-19', '--format', 'png', '--out', out], /is a Thursday; weeks are named by their Friday/],
    ['not a date', ['--week', '2026-02-30', '--format', 'png', '--out', out], /not a real calendar date/],
    ['no week', ['--format', 'png', '--out', out], /week is required/],
    ['a bad paper size', ['--week', '2026-11-20', '--paper', 'B5', '--format', 'png', '--out', out], /paper "B5" is not one of A4, A3/],
    ['an unknown kind', ['--week', '2026-11-20', '--kind', 'heat', '--format', 'png', '--out', out], /kind "heat"/],
    ["a round's score map (it needs a logged-in reader)", ['--week', '2026-11-20', '--kind', 'assessment', '--format', 'png', '--out', out], /--kind assessment is not printed from the command line/],
    ['an unknown format', ['--week', '2026-11-20', '--format', 'gif', '--out', join(dir, 'map.gif')], /format "gif"/],
    ['a folder that does not exist', ['--week', '2026-11-20', '--format', 'png', '--out', join(dir, 'nope', 'map.png')], /does not exist/],
    ['a folder as the output', ['--week', '2026-11-20', '--format', 'png', '--out', dir], /is a folder/],
    ['all communities as a PNG', ['--week', '2026-11-20', '--format', 'png', '--all-communities', '--out', out], /needs --format pdf/],
    ['a view frame without its box', ['--week', '2026-11-20', '--format', 'png', '--frame', 'view', '--out', out], /frame "view" needs bbox/],
    ['an unknown problem status', ['--week', '2026-11-20', '--format', 'png', '--problem-status', 'lost', '--out', out], /problemStatus has unknown values: lost/],
    ['a database file that does not exist', ['--week', '2026-11-20', '--format', 'png', '--db', join(dir, 'nope.db'), '--out', out], /--db .*nope\.db: no such database file/],
    ['both a server and a database file', ['--week', '2026-11-20', '--format', 'png', '--db', 'x.db', '--url', 'http://localhost:8080', '--out', out], /either --url .* or --db/],
    ['an unknown option', ['--week', '2026-11-20', '--colour', 'red', '--out', out], /Unknown option '--colour'/],
  ];
  it.each(cases)('%s: exits 2 with a message on stderr and writes nothing', (_, args, message) => {
    const r = exportMap(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('parseExportArgs', () => {
  it('takes the format from the file name when --format is left out, and refuses a mismatch', () => {
    const ok = parseExportArgs(['--week', '2026-11-20', '--out', join(dir, 'a.pdf'), '--paper', 'A3'], dir);
    expect(ok).toMatchObject({ ok: true, args: { request: { format: 'pdf', paper: 'A3', kind: 'status' }, url: null } });
    expect(parseExportArgs(['--week', '2026-11-20', '--format', 'png', '--out', join(dir, 'a.pdf')], dir)).toMatchObject({ ok: false });
    expect(parseExportArgs(['--week', '2026-11-20', '--format', 'png', '--out', 'a.png', '--url', 'ftp://x'], dir)).toMatchObject({ ok: false });
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });
});
