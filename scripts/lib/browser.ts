import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './system-deps.ts';

/** Flags that keep Debian's Chromium quiet on a machine with no internet (see README). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
