import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript } from '../support/chart-scripts.js';
import { firefoxSkipReason, launchFirefox } from '../support/firefox.js';
import { loadCapture } from '../support/load-capture.js';
import { type Portal, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * Runs' main flow in Firefox (runs.test.ts goes through all of it in Chromium): a range saved as a run from
 * the dashboard, shaded on its charts, listed on the collector page; the collectors list sorted by a column
 * header. Screenshots: artifacts/screenshots/firefox-runs-*.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = firefoxSkipReason();
const ADMIN = { username: 'ruth', password: 'correct horse battery' };

let portal: Portal;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const shot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `firefox-runs-${name}.png`), fullPage: true });

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

test('in Firefox: a range saved as a run, shaded on the charts and listed; the collectors list sorted', {
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
  for (const [hostname, seconds] of [
    ['fox-01', 600],
    ['fox-02', 300],
  ] as const) {
    const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: hostname });
    await api.upload(
      id,
      `${hostname}.json`,
      loadCapture({ hostname, seconds, cpuScale: 0.7, ioScale: 1, netScale: 1 }),
      'a run',
    );
    ids.push(id);
  }

  await page.goto(`${portal.url}/collectors/${ids[0]}/dashboard`);
  await waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
  await page.locator('::-p-text(Save as run…)').click();
  await page.locator('form[aria-label="Save as a run"] input[required]').fill('whole capture');
  await page.locator('form[aria-label="Save as a run"] button[type=submit]').click();
  await page.locator('::-p-text(Saved the run)').wait();
  await waitUntil(page, `document.querySelectorAll('[data-testid="overview"] .run-region-run').length === 6`);
  const label = await page.evaluate(`document.querySelector('.run-region-run').textContent`);
  assert.equal(label, 'whole capture');
  await shot('dashboard');

  await page.goto(`${portal.url}/collectors/${ids[0]}`);
  await page.waitForSelector('table[aria-label="Runs"] tbody tr');
  const row = String(
    await page.evaluate(`document.querySelector('table[aria-label="Runs"] tbody tr').textContent`),
  );
  assert.match(row, /whole capture\s*by ruth/);
  await shot('collector');

  await page.goto(`${portal.url}/collectors`);
  await page.waitForSelector('table[aria-label="Collectors"] tbody tr:nth-child(2)');
  await page.locator('table[aria-label="Collectors"] th button::-p-text(Machine)').click();
  await waitUntil(
    page,
    `document.querySelector('table[aria-label="Collectors"] th[aria-sort="descending"]')?.textContent.startsWith('Machine')`,
  );
  // The address follows the sort (read in the page: WebDriver BiDi may report a pushState late).
  await waitUntil(page, `location.search.includes('sort=-machine')`);
  const names = await page.evaluate(
    `[...document.querySelectorAll('table[aria-label="Collectors"] tbody tr td:nth-child(2)')].map((td) => td.textContent.trim())`,
  );
  assert.deepEqual(names, ['fox-02', 'fox-01']);
  await shot('collectors');
  assert.deepEqual(errors, []);
});
