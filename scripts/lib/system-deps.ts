import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).includes('Noto');
  } catch {
    return false;
  }
}

/**
 * Debian's Chromium and the Noto CJK fonts are needed by the browser tests and the map export.
 * As root they are installed; otherwise the exact command is printed and false returned.
 */
export function ensureSystemDeps(): boolean {
  const missing = PACKAGES.filter((p) => (p === 'chromium' ? !existsSync(CHROMIUM) : !hasCjkFont()));
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`missing system packages: ${missing.join(', ')}. Install them with:\n  sudo ${command}`);
    return false;
  }
  console.log(`installing ${missing.join(', ')} (${command})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 && spawnSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: 'inherit', env }).status === 0;
  if (!ok) console.error(`could not install ${missing.join(', ')}; run: ${command}`);
  return ok;
}
