import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chartsDrawnScript, chartsShowScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import type { Portal } from '../support/portal-process.js';
import { type QuarterHourPortal, quarterHourPortal } from '../support/quarter-hour-portal.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * Time on the dashboard, in a browser whose zone is India's (UTC+5:30, so no clock can pass for UTC by
 * chance): the zone on every time and a remembered UTC switch, the last N minutes, a window typed from and
 * to, moving it earlier and later, and Back through the ranges shown.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const USER = { username: 'tara', password: 'time zone password' };
const START = Date.UTC(2026, 0, 14, 15, 30, 0) / 1000;

let portal: Portal;
let browser: Browser;
let page: Page;
let id = '';

const seconds = (hms: string) => Date.parse(`2026-01-14T${hms}Z`) / 1000;
const cpuTime = () =>
  page
    .locator('section[aria-label="CPU"] [data-legend-time]')
    .textContent()
    .then((text) => text ?? '');
const query = () => new URL(page.url()).searchParams;
/** Waits until the overview's charts show the window from–to (UTC clock times of the capture's day). */
const showing = (from: string, to: string) =>
  waitUntil(page, chartsShowScript('[data-testid="overview"]', seconds(from), seconds(to)));
const drawn = () => waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  let tokens: QuarterHourPortal['tokens'];
  ({ portal, id, tokens } = await quarterHourPortal(USER, 'tz-01', START));
  browser = await launchChromium({ width: 1440, height: 900 }, 'Asia/Kolkata');
  await browser.context.addInitScript(
    `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('perfanalysis.tokens', ${JSON.stringify(JSON.stringify(tokens))}); }`,
  );
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('times show their zone: the browser’s by default, UTC by a switch that is remembered', {
  skip,
}, async () => {
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
  await drawn();
  // The capture ends at 15:44:59 UTC: 21:14:59 in India.
  assert.match(await cpuTime(), /2026-01-14 21:14:5\d GMT\+5:30/);
  await page.locator('.range-bar select[name="time-zone"]').selectOption('utc');
  await waitUntil(
    page,
    `document.querySelector('section[aria-label="CPU"] [data-legend-time]').textContent.includes('UTC')`,
  );
  assert.match(await cpuTime(), /2026-01-14 15:44:5\d UTC/);
  await page.reload();
  await drawn();
  assert.match(await cpuTime(), /15:44:5\d UTC/);
  assert.equal(await page.locator('.sidebar select[name="time-zone"]').inputValue(), 'utc');
});

test('the last N minutes, beside the preset ranges', { skip }, async () => {
  const answer = page.waitForResponse((r) => r.url().includes('/series/') && r.url().includes('range=5m'));
  await page.locator('input[name="last-count"]').fill('5');
  await page.locator('select[name="last-unit"]').selectOption('m');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  const body = (await (await answer).json()) as { from: string; to: string };
  assert.equal(query().get('range'), '5m');
  assert.equal((Date.parse(body.to) - Date.parse(body.from)) / 1000, 300);
  await drawn();
});

test('a window typed from and to, in the zone shown; moved earlier and later by half its width', {
  skip,
}, async () => {
  await page.getByRole('button', { name: 'From – to…' }).click();
  await page.locator('input[name="window-from"]').fill('2026-01-14T15:33:00');
  await page.locator('input[name="window-to"]').fill('2026-01-14T15:36:00');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByText(/Zoomed to 2026-01-14 15:33:00 UTC – 2026-01-14 15:36:00 UTC/).waitFor();
  assert.equal(Number(query().get('from')), seconds('15:33:00'));
  await showing('15:33:00', '15:36:00');
  await page.screenshot({ path: join(SCREENSHOTS, '30-dashboard-window-utc.png') });
  // The same window read in the browser's zone.
  await page.locator('.range-bar select[name="time-zone"]').selectOption('local');
  await page.getByRole('button', { name: 'From – to…' }).click();
  assert.match(await page.locator('input[name="window-from"]').inputValue(), /^2026-01-14T21:03(:00)?$/);
  await page.getByRole('button', { name: 'From – to…' }).click();
  await page.getByRole('button', { name: 'Later ▶' }).click();
  await waitUntil(page, `new URL(location.href).searchParams.get('from') === '${seconds('15:34:30')}'`);
  assert.equal(Number(query().get('to')), seconds('15:37:30'));
  await page.getByRole('button', { name: '◀ Earlier' }).click();
  await page.getByRole('button', { name: '◀ Earlier' }).click();
  await waitUntil(page, `new URL(location.href).searchParams.get('from') === '${seconds('15:31:30')}'`);
  await page.getByText(/Zoomed to 2026-01-14 21:01:30 GMT\+5:30/).waitFor();
  await showing('15:31:30', '15:34:30');
});

test('Back returns through the ranges shown, one by one', { skip }, async () => {
  for (const [from, shown] of [
    ['15:33:00', '21:03:00'],
    ['15:34:30', '21:04:30'],
    ['15:33:00', '21:03:00'],
  ] as const) {
    await page.goBack();
    await waitUntil(page, `new URL(location.href).searchParams.get('from') === '${seconds(from)}'`);
    await page.getByText(`Zoomed to 2026-01-14 ${shown} GMT+5:30`).waitFor();
    await showing(from, from === '15:33:00' ? '15:36:00' : '15:37:30');
  }
  await page.goBack();
  await waitUntil(
    page,
    `new URL(location.href).searchParams.get('range') === '5m' && !location.search.includes('from=')`,
  );
  await page.getByRole('button', { name: 'Show', exact: true }).waitFor();
  await drawn();
  await page.goBack();
  await waitUntil(page, `location.search === ''`);
  await drawn();
});
