import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { loadCapture } from '../support/load-capture.js';
import type { Portal } from '../support/portal-process.js';
import { type QuarterHourPortal, quarterHourPortal } from '../support/quarter-hour-portal.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * A new collector's dashboard: every tab says "No data yet" from the API's empty answers, without a failed
 * request in the console, and fills by itself once a first capture arrives. Screenshot:
 * artifacts/screenshots/45-dashboard-no-data-yet.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const USER = { username: 'nell', password: 'no data yet password' };
const START = Date.UTC(2026, 0, 14, 15, 30, 0) / 1000;

let portal: Portal;
let browser: Browser;
let page: Page;
let api: TestApi;
/** What the console said was wrong: a failed request shows as "Failed to load resource: … 404". */
const consoleErrors: string[] = [];

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  let tokens: QuarterHourPortal['tokens'];
  ({ portal, tokens } = await quarterHourPortal(USER, 'empty-01', START));
  api = await new TestApi(portal.url).login(USER.username, USER.password);
  browser = await launchChromium();
  await browser.context.addInitScript(
    `localStorage.setItem('perfanalysis.tokens', ${JSON.stringify(JSON.stringify(tokens))})`,
  );
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('a new collector: every tab says No data yet with no failed request, then fills when a capture arrives', {
  skip,
}, async () => {
  const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'empty-02' });
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const tab of ['', '?tab=host', '?tab=tables']) {
    await page.goto(`${portal.url}/collectors/${id}/dashboard${tab}`);
    await page.getByRole('heading', { name: 'No data yet' }).waitFor();
  }
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
  await page.getByRole('heading', { name: 'No data yet' }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, '45-dashboard-no-data-yet.png') });
  assert.deepEqual(consoleErrors, []);

  // The page keeps asking while it waits for a first sample: the charts come without a reload.
  const capture = loadCapture({
    hostname: 'empty-02',
    seconds: 120,
    cpuScale: 0.5,
    ioScale: 1,
    netScale: 1,
    start: new Date(START * 1000),
  });
  await api.upload(id, 'empty-02.json', capture, 'a first capture');
  await waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
  assert.deepEqual(consoleErrors, []);
});
