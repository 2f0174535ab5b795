import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript, paintedPixelsScript } from '../support/chart-scripts.js';
import { firefoxSkipReason, launchFirefox } from '../support/firefox.js';
import { loadCapture } from '../support/load-capture.js';
import { type Portal, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * The main pages in Firefox (the Chromium test goes through every feature; this one shows they work in
 * Firefox too): sign up, the collectors, a dashboard's charts and table, compare. Screenshots go to
 * artifacts/screenshots/firefox-*.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = firefoxSkipReason();
const ADMIN = { username: 'fern', password: 'correct horse battery' };

let portal: Portal;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const shot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `firefox-${name}.png`), fullPage: true });

/** Waits until `count` charts have drawn their data, and says how many pixels each canvas painted. */
async function chartsDrawn(count: number): Promise<number[]> {
  await waitUntil(page, chartsDrawnScript('body', count));
  return page.evaluate<[], () => number[]>(paintedPixelsScript('body'));
}

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  portal = await startPortal();
  browser = await launchFirefox();
  page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => errors.push(String(error)));
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

const search = () => page.evaluate<[], () => string>('location.search');

/** The time controls and a chart's tools: UTC, the last N minutes, panning and Back, keys, the legend. */
async function timeAndChartTools(id: string): Promise<void> {
  await page.select('.range-bar select[name="time-zone"]', 'utc');
  await waitUntil(
    page,
    `document.querySelector('section[aria-label="CPU"] [data-legend-time]').textContent.endsWith('UTC')`,
  );
  await page.locator('input[name="last-count"]').fill('5');
  await page.locator('::-p-text(Show)').click();
  await waitUntil(page, `location.search === '?range=5m'`);
  await page.locator('::-p-text(Later ▶)').wait();
  await waitUntil(page, `document.querySelector('.range-bar button[title^="Earlier"]').disabled === false`);
  await page.locator('button[title^="Earlier"]').click();
  await waitUntil(page, `location.search.includes('from=')`);
  const panned = await search();
  await page.focus('section[aria-label="CPU"] .chart-plot');
  await page.keyboard.press('+');
  await waitUntil(page, `location.search !== ${JSON.stringify(panned)}`);
  await page.goBack();
  await waitUntil(page, `location.search === ${JSON.stringify(panned)}`);
  await page.goBack();
  await waitUntil(page, `location.search === '?range=5m'`);
  await page.locator('section[aria-label="CPU"] button[aria-pressed="false"].legend-item').click();
  await waitUntil(page, `document.querySelectorAll('section[aria-label="CPU"] tbody tr.off').length > 0`);
  await waitUntil(page, chartsDrawnScript('body', 6));
  await shot('dashboard-time');
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
}

test('in Firefox: sign up, the collectors, a dashboard drawn with its table, and compare', {
  skip,
  timeout: 240_000,
}, async () => {
  await page.goto(`${portal.url}/`);
  await page.locator('::-p-text(Sign up)').click();
  await page.locator('input[name=username]').fill(ADMIN.username);
  await page.locator('input[name=password]').fill(ADMIN.password);
  await page.locator('input[name=confirm]').fill(ADMIN.password);
  await page.locator('button[type=submit]').click();
  await page.locator('::-p-text(No collectors yet)').wait();

  const api = await new TestApi(portal.url).login(ADMIN.username, ADMIN.password);
  const ids: string[] = [];
  for (const [hostname, cpuScale] of [
    ['fox-01', 0.6],
    ['fox-02', 0.9],
  ] as const) {
    const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', {
      machine_name: hostname,
      site_name: 'Firefox',
    });
    const capture = loadCapture({ hostname, seconds: 600, cpuScale, ioScale: 1, netScale: 1 });
    await api.upload(id, `${hostname}.json`, capture, 'a run');
    ids.push(id);
  }

  await page.goto(`${portal.url}/collectors`);
  await page.locator('::-p-text(fox-02)').wait();
  await shot('collectors');

  await page.goto(`${portal.url}/collectors/${ids[0]}/dashboard`);
  const painted = await chartsDrawn(6);
  assert.ok(painted.filter((pixels) => pixels > 1000).length >= 6, `painted: ${painted.join(', ')}`);
  await shot('dashboard-overview');
  await timeAndChartTools(ids[0] ?? '');
  await page.locator('::-p-text(Utilization Tables)').click();
  await page.waitForSelector('tr[data-metric="cpu_user"]');
  const row = await page.evaluate(`document.querySelector('tr[data-metric="cpu_user"]').textContent`);
  assert.match(String(row), /%/);
  await shot('utilization-tables');

  await page.goto(`${portal.url}/compare?collectors=${ids.join(',')}`);
  await page.waitForSelector('tr[data-metric="cpu_user"]');
  assert.ok((await chartsDrawn(4)).filter((pixels) => pixels > 1000).length >= 4);
  await shot('compare');
  assert.deepEqual(errors, []);
});
