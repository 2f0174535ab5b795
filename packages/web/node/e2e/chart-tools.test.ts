import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript, chartsShowScript, paintedPixelsScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { loadCapture } from '../support/load-capture.js';
import type { Portal } from '../support/portal-process.js';
import { type QuarterHourPortal, quarterHourPortal } from '../support/quarter-hour-portal.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * A chart's own tools, as a Grafana user reaches for them: the legend isolates a series (on the stacked CPU
 * chart too) and gives its min, mean and max over the window; CSV and PNG of what is shown; full screen; a
 * link to the chart over its window; the keyboard and a finger zoom and pan. Screenshots at 1440 and 390
 * wide, light and dark, go to artifacts/screenshots/40-*.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const USER = { username: 'gus', password: 'chart tools password' };
const START = Date.UTC(2026, 0, 14, 15, 30, 0) / 1000;

let portal: Portal;
let browser: Browser;
let page: Page;
let id = '';

const cpu = () => page.locator('section[aria-label="CPU"]');
const query = () => new URL(page.url()).searchParams;
const drawn = () => waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
const cpuWindow = async (): Promise<[number, number]> => {
  const text = (await cpu().locator('.chart-plot').getAttribute('data-window')) ?? '';
  const [from = Number.NaN, to = Number.NaN] = text.split('-').map(Number);
  return [from, to];
};

/** Clicks a chart tool and returns the file the browser saved. */
async function download(chart: Locator, tool: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: tool, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

const csvRows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((line) => line.split(','));

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  let tokens: QuarterHourPortal['tokens'];
  ({ portal, id, tokens } = await quarterHourPortal(USER, 'tools-01', START));
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url });
  await browser.context.addInitScript(
    `localStorage.setItem('perfanalysis.tokens', ${JSON.stringify(JSON.stringify(tokens))})`,
  );
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
  await drawn();
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('the legend isolates a series of the stacked CPU chart, and gives min, mean and max over the window', {
  skip,
}, async () => {
  const painted = async () =>
    ((await page.evaluate(paintedPixelsScript('section[aria-label="CPU"]'))) as number[])[0] ?? 0;
  const all = await painted();
  const user = cpu().getByRole('button', { name: 'user', exact: true });
  await user.click();
  assert.equal(await user.getAttribute('aria-pressed'), 'true');
  // The chart is redrawn after the next frame, and the old one still says it is drawn until then: wait for
  // the new picture, user alone painting less than the whole stack.
  await waitUntil(page, `${paintedPixelsScript('section[aria-label="CPU"]')}[0] < ${all * 0.9}`);
  const alone = await painted();
  assert.equal(await cpu().locator('tbody tr.off').count(), (await cpu().locator('tbody tr').count()) - 1);
  const csv = await download(cpu(), 'CSV');
  assert.equal(csv.name, 'cpu.csv');
  const rows = csvRows(csv.body.toString());
  assert.deepEqual(rows[0], ['time (UTC)', 'unix_seconds', 'user']);
  const values = rows.slice(1).map((row) => Number(row[2]));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const stat = async (name: string) =>
    Number.parseFloat(
      (await cpu().locator(`tbody tr:first-child [data-stat="${name}"]`).textContent()) ?? '',
    );
  const [min, shownMean, max] = [await stat('min'), await stat('mean'), await stat('max')];
  assert.ok(
    Math.abs(shownMean - mean) <= 0.01 * mean + 0.01,
    `legend mean ${shownMean} is the CSV's ${mean}`,
  );
  assert.ok(min <= shownMean && shownMean <= max, `${min} ≤ ${shownMean} ≤ ${max}`);
  await user.click();
  assert.equal(await user.getAttribute('aria-pressed'), 'false');
  await waitUntil(page, `${paintedPixelsScript('section[aria-label="CPU"]')}[0] > ${alone * 1.1}`);
  assert.equal(await cpu().locator('tbody tr.off').count(), 0);
});

test('keyboard: Tab reaches a chart, its focus shows, + and − zoom, arrows pan', { skip }, async () => {
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
  await drawn();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.classList.contains('chart-plot')`)) break;
  }
  assert.equal(
    await page.evaluate(`document.activeElement.closest('section').getAttribute('aria-label')`),
    'CPU',
  );
  assert.notEqual(await page.evaluate(`getComputedStyle(document.activeElement).outlineStyle`), 'none');
  await page.screenshot({ path: join(SCREENSHOTS, '40-chart-keyboard-focus.png') });
  const [from, to] = await cpuWindow();
  await page.keyboard.press('+');
  await waitUntil(page, `location.search.includes('from=')`);
  const zoomed = [Number(query().get('from')), Number(query().get('to'))] as const;
  assert.ok(
    Math.abs(zoomed[1] - zoomed[0] - (to - from) / 2) <= 2,
    `half as wide: ${zoomed} of ${from}–${to}`,
  );
  await waitUntil(page, chartsShowScript('[data-testid="overview"]', zoomed[0], zoomed[1]));
  await page.keyboard.press('ArrowRight');
  const half = Math.round((zoomed[1] - zoomed[0]) / 2);
  await waitUntil(page, `new URL(location.href).searchParams.get('from') === '${zoomed[0] + half}'`);
  await page.keyboard.press('-');
  await waitUntil(
    page,
    `(() => { const q = new URL(location.href).searchParams; return Math.abs(q.get('to') - q.get('from') - ${2 * (zoomed[1] - zoomed[0])}) <= 2; })()`,
  );
});

test('touch: a finger dragged across a chart zooms into that span', { skip }, async () => {
  await page.goto(`${portal.url}/collectors/${id}/dashboard`);
  await drawn();
  const [from, to] = await cpuWindow();
  const box = await cpu().locator('.u-over').boundingBox();
  assert.ok(box);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const y = box.y + box.height / 2;
  const at = (share: number) => [{ x: box.x + box.width * share, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.2) });
  for (const share of [0.3, 0.4, 0.5, 0.6])
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(share) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await waitUntil(page, `location.search.includes('from=')`);
  const width = Number(query().get('to')) - Number(query().get('from'));
  assert.ok(
    Math.abs(width - 0.4 * (to - from)) < 0.05 * (to - from),
    `about 40 % of ${to - from} s: ${width}`,
  );
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
});

test('full screen, a PNG of the chart as shown, and a link to this chart over this window', {
  skip,
}, async () => {
  await cpu().getByRole('button', { name: 'Full screen' }).click();
  await waitUntil(page, `new URL(location.href).searchParams.get('view') === 'cpu'`);
  await waitUntil(page, `document.querySelector('section.chart-full canvas')?.width > 1200`);
  await page.screenshot({ path: join(SCREENSHOTS, '41-chart-full-screen.png') });
  const png = await download(cpu(), 'PNG');
  assert.equal(png.name, 'cpu.png');
  assert.equal(png.body.subarray(1, 4).toString('latin1'), 'PNG');
  const canvasWidth = Number(
    await page.evaluate(`document.querySelector('section.chart-full canvas').width`),
  );
  assert.equal(png.body.readUInt32BE(16), canvasWidth, 'as wide as the chart shown');
  await page.keyboard.press('Escape');
  await waitUntil(page, `!new URL(location.href).searchParams.has('view')`);
  const [from, to] = [Number(query().get('from')), Number(query().get('to'))];
  await cpu().getByRole('button', { name: 'Copy link' }).click();
  await cpu().getByText('Link copied').waitFor();
  const link = new URL(String(await page.evaluate('navigator.clipboard.readText()')));
  assert.equal(link.searchParams.get('view'), 'cpu');
  const [linkFrom, linkTo] = [Number(link.searchParams.get('from')), Number(link.searchParams.get('to'))];
  assert.ok(
    Math.abs(linkFrom - from) <= 2 && Math.abs(linkTo - to) <= 2,
    `${linkFrom}–${linkTo} is ${from}–${to}`,
  );
  await page.goto(link.toString());
  await page.locator('section.chart-full[aria-label="CPU"] .chart-plot[data-drawn="1"]').waitFor();
  await waitUntil(page, chartsShowScript('section.chart-full', linkFrom, linkTo));
});

test('the level chart of load tests: the legend isolates a server, CSV of what it shows, full screen', {
  skip,
}, async () => {
  const api = await new TestApi(portal.url).login(USER.username, USER.password);
  const other = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'tools-02' });
  for (const [collector, perLevel] of [
    [id, 1000],
    [other.id, 1200],
  ] as const)
    for (const level of [25, 50, 75, 100])
      await api.call('POST', '/api/v1/loadtest/', {
        collector_id: collector,
        name: 'cpu-ladder',
        utilization_pct: level,
        work_units: perLevel * level,
      });
  await page.goto(`${portal.url}/benchmarks`);
  const chart = page.locator('section[aria-label="CPU work units by utilisation level"]');
  await chart.locator('.chart-plot[data-drawn="1"]').waitFor();
  // The collectors' names come from a request of their own (ids until it is answered).
  await chart.getByRole('button', { name: 'tools-02', exact: true }).waitFor();
  const csv = await download(chart, 'CSV');
  assert.deepEqual(csvRows(csv.body.toString())[0], ['utilisation_pct', 'tools-01', 'tools-02']);
  assert.equal(
    Number.parseFloat((await chart.locator('tbody tr:nth-child(2) [data-stat="max"]').textContent()) ?? ''),
    120,
  );
  await chart.getByRole('button', { name: 'tools-02', exact: true }).click();
  await waitUntil(
    page,
    `document.querySelectorAll('section[aria-label="CPU work units by utilisation level"] tbody tr.off').length === 1`,
  );
  const alone = csvRows((await download(chart, 'CSV')).body.toString());
  assert.deepEqual(alone[0], ['utilisation_pct', 'tools-02']);
  assert.deepEqual(alone[4], ['100', '120000']);
  await chart.getByRole('button', { name: 'Full screen' }).click();
  await waitUntil(page, `document.querySelector('section.chart-full canvas')?.width > 1200`);
  await page.screenshot({ path: join(SCREENSHOTS, '43-level-chart-full-screen.png') });
  await page.keyboard.press('Escape');
});

test('the dashboard with its time controls at 1440 and 390 wide, light and dark', { skip }, async () => {
  for (const theme of ['light', 'dark'])
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
      await page.evaluate(`localStorage.setItem('perfanalysis.theme', '${theme}')`);
      await page.goto(`${portal.url}/collectors/${id}/dashboard?range=10m`);
      await drawn();
      await page.screenshot({ path: join(SCREENSHOTS, `42-dashboard-time-${width}-${theme}.png`) });
      const wide = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(wide <= width, `nothing wider than the screen at ${width}: ${wide}`);
    }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate(`localStorage.setItem('perfanalysis.theme', 'light')`);
  await page.goto(`${portal.url}/collectors/${id}/dashboard?tab=host`);
  await page.locator('section[aria-label="Busy per CPU"] .chart-plot[data-drawn="1"]').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, '44-host-utilisation-legends.png'), fullPage: true });
});

test('Host Utilization: a machine without swap has no Swap chart; one with swap has it', {
  skip,
}, async () => {
  const api = await new TestApi(portal.url).login(USER.username, USER.password);
  const bare = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'tools-03' });
  const capture = loadCapture({
    hostname: 'tools-03',
    seconds: 120,
    cpuScale: 0.6,
    ioScale: 1,
    netScale: 1,
    start: new Date(START * 1000),
    swap: false,
  });
  await api.upload(bare.id, 'tools-03.json', capture, 'no swap');
  const swapCharts = async (collector: string) => {
    await page.goto(`${portal.url}/collectors/${collector}/dashboard?tab=host`);
    await page.locator('section[aria-label="Busy per CPU"] .chart-plot[data-drawn="1"]').waitFor();
    await page.locator('section[aria-label="Load average"] .chart-plot[data-drawn="1"]').waitFor();
    return page.locator('section[aria-label="Swap"]').count();
  };
  assert.equal(await swapCharts(bare.id), 0, 'no swap: no Swap chart');
  assert.equal(await swapCharts(id), 1, 'with swap: its chart');
});
