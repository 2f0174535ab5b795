import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: browser downloads do not work here, so the tests drive the system's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why a browser test cannot run, or undefined when it can. Without Chromium a developer's run skips, with
 * that reason; in CI (which installs it) a missing browser is a failure, not a skip.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI) return undefined;
  return `${CHROMIUM} is absent: install Debian's chromium package (apt-get install chromium) to run the browser tests`;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium, headless, with a fresh profile that is removed on close; in UTC unless told another zone. */
export async function launchChromium(
  viewport = { width: 1440, height: 900 },
  timezoneId = 'UTC',
): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'pa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
