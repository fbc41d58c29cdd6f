/** The scripts launch Debian's Chromium the way the API's renderer does: one launcher, one set of flags. */
export { launchHeadlessChromium as launchChromium } from '@wangge/api/export/chromium';
