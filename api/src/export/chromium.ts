import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium fonts-noto-cjk); no browser is ever downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The same quiet flags the scripts and e2e use: the server has no internet to talk to. */
const ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchHeadlessChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}
