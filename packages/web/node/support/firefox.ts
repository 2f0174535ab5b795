import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR, driven over WebDriver BiDi (Playwright needs a patched Firefox; downloads do not work). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Why the Firefox test cannot run, or undefined when it can: as for Chromium, CI (which installs it) must run it. */
export function firefoxSkipReason(): string | undefined {
  if (existsSync(FIREFOX) || process.env.CI) return undefined;
  return `${FIREFOX} is absent: install Debian's firefox-esr package to run the Firefox test`;
}

/** Firefox, headless, with a fresh profile. */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}
