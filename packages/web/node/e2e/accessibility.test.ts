import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { loadCapture } from '../support/load-capture.js';
import type { Portal } from '../support/portal-process.js';
import { quarterHourPortal } from '../support/quarter-hour-portal.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * axe-core, the accessibility engine browsers' own audits use, over the main pages in light and dark: no
 * serious or critical violation (contrast of text against its background included).
 */
const skip = browserSkipReason();
const USER = { username: 'ada', password: 'accessible password' };
const START = Date.UTC(2026, 1, 2, 10, 0, 0) / 1000;

let portal: Portal;
let browser: Browser;
let page: Page;
let id = '';
let other = '';
let axeSource = '';

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

before(async () => {
  if (skip) return;
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  let tokens: { access: string; refresh: string };
  ({ portal, id, tokens } = await quarterHourPortal(USER, 'a11y-01', START));
  // A second, busier server, so that Compare highlights its differences.
  const api = await new TestApi(portal.url).login(USER.username, USER.password);
  ({ id: other } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', {
    machine_name: 'a11y-02',
  }));
  const capture = loadCapture({
    hostname: 'a11y-02',
    seconds: 900,
    cpuScale: 0.9,
    ioScale: 1.5,
    netScale: 1,
    start: new Date(START * 1000),
  });
  await api.upload(other, 'a11y-02.json', capture, 'busier');
  browser = await launchChromium();
  await browser.context.addInitScript(
    `localStorage.setItem('perfanalysis.tokens', ${JSON.stringify(JSON.stringify(tokens))})`,
  );
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function violations(): Promise<string[]> {
  // Through the debugging protocol: the portal's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const found = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Violation[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES: readonly { name: string; path: () => string; ready: () => Promise<unknown> }[] = [
  { name: 'collectors', path: () => '/collectors', ready: () => page.locator('table').first().waitFor() },
  {
    name: 'collector',
    path: () => `/collectors/${id}`,
    ready: () => page.getByRole('heading', { name: 'System' }).waitFor(),
  },
  {
    name: 'dashboard',
    path: () => `/collectors/${id}/dashboard`,
    ready: () => waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6)),
  },
  {
    name: 'host utilization',
    path: () => `/collectors/${id}/dashboard?tab=host`,
    ready: () => page.locator('section[aria-label="Busy per CPU"] .chart-plot[data-drawn="1"]').waitFor(),
  },
  {
    name: 'utilization tables',
    path: () => `/collectors/${id}/dashboard?tab=tables`,
    ready: () => page.locator('[data-testid="utilisation"] tr[data-metric="cpu_user"]').waitFor(),
  },
  {
    name: 'compare',
    path: () => `/compare?collectors=${id},${other}`,
    ready: () => page.locator('table').last().waitFor(),
  },
  {
    name: 'setup',
    path: () => '/collectors/setup',
    ready: () => page.getByRole('heading').first().waitFor(),
  },
  { name: 'benchmarks', path: () => '/benchmarks', ready: () => page.getByRole('heading').first().waitFor() },
  { name: 'account', path: () => '/account', ready: () => page.getByRole('heading').first().waitFor() },
  { name: 'users', path: () => '/admin/users', ready: () => page.locator('table').first().waitFor() },
];

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no serious or critical issue on the main pages (${scheme})`, { skip }, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const { name, path, ready } of PAGES) {
      await page.goto(`${portal.url}${path()}`);
      await ready();
      // Its other requests answered too, so that axe does not scan a page that changes under it.
      await page.waitForLoadState('networkidle');
      for (const line of await violations()) found.push(`${name}: ${line}`);
    }
    assert.deepEqual(found, []);
  });
