import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
/** Debian's postgresql-15-postgis-3 (it brings postgresql-15): the tests' throw-away PostgreSQL clusters */
export const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control';

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).includes('Noto');
  } catch {
    return false;
  }
}

/** each Debian package the tests need, and how to tell it is there */
const PACKAGES: readonly { name: string; present: () => boolean }[] = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'fonts-noto-cjk', present: hasCjkFont },
  { name: 'postgresql-15-postgis-3', present: () => existsSync('/usr/lib/postgresql/15/bin/initdb') && existsSync(POSTGIS_CONTROL) },
];

/**
 * Debian's Chromium and the Noto CJK fonts are needed by the browser tests and the map export,
 * PostgreSQL 15 with PostGIS by the tests that run on PostgreSQL. As root they are installed;
 * otherwise the exact command is printed and false returned.
 */
export function ensureSystemDeps(): boolean {
  const missing = PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return true;
  const names = PACKAGES.map((p) => p.name);
  const command = `apt-get update && apt-get install -y ${names.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`missing system packages: ${missing.join(', ')}. Install them with:\n  sudo ${command}`);
    return false;
  }
  console.log(`installing ${missing.join(', ')} (${command})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 && spawnSync('apt-get', ['install', '-y', ...names], { stdio: 'inherit', env }).status === 0;
  if (!ok) console.error(`could not install ${missing.join(', ')}; run: ${command}`);
  return ok;
}
