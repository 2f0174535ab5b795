import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { writeHostCsv } from '../support/host-csv-file.js';
import { type Portal, perfanalysis, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/** Download report, as a viewer uses it: on a collector's dashboard and on the Compare page. */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const VIEWER = { username: 'victor', password: 'viewer password 1' };

let work: string;
let portal: Portal;
let browser: Browser;
let page: Page;
const ids: Record<string, string> = {};

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  work = await mkdtemp(join(tmpdir(), 'pa-report-download-'));
  const dataDir = join(work, 'data');
  for (const [name, start] of [
    ['web-01', Date.UTC(2026, 0, 1, 8)],
    ['web-02', Date.UTC(2026, 0, 8, 14)],
  ] as const) {
    const csv = join(work, `${name}.csv`);
    await writeHostCsv(csv, 3600, start);
    await perfanalysis(
      ['import-performance', '--file', csv, '--collector-name', name, '--site-name', 'lab'].concat([
        '--data-dir',
        dataDir,
      ]),
    );
  }
  portal = await startPortal({ dataDir });
  const api = new TestApi(portal.url);
  await api.call('POST', '/api/v1/auth/signup/', { username: 'ada', password: 'correct horse battery' });
  await api.login('ada', 'correct horse battery');
  await api.call('PUT', '/api/v1/settings/', { signup_role: 'viewer' });
  await api.call('POST', '/api/v1/auth/signup/', VIEWER);
  const { results } = await api.call<{ results: { id: string; machine_name: string }[] }>(
    'GET',
    '/api/v1/collectors/',
  );
  for (const c of results) ids[c.machine_name] = c.id;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Clicks Download report with a format chosen, and returns the file the browser saved, with its name. */
async function downloadReport(format: string): Promise<{ name: string; body: Buffer }> {
  await page.getByLabel('Report format').selectOption(format);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Download report' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

test('a viewer downloads the report of the dashboard zoomed in, and the comparison of the Compare page', {
  skip,
  timeout: 600_000,
}, async () => {
  await page.goto(`${portal.url}/`);
  await page.locator('input[name=username]').fill(VIEWER.username);
  await page.locator('input[name=password]').fill(VIEWER.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('.sidebar .role-viewer').waitFor();

  // The dashboard zoomed to 08:10–08:40: the report's range is that window.
  const from = Date.UTC(2026, 0, 1, 8, 10) / 1000;
  const to = Date.UTC(2026, 0, 1, 8, 40) / 1000;
  await page.goto(`${portal.url}/collectors/${ids['web-01']}/dashboard?from=${from}&to=${to}`);
  await waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
  await page.screenshot({ path: join(SCREENSHOTS, '20-dashboard-download-report.png') });
  const html = await downloadReport('html');
  assert.equal(html.name, 'report-web-01-2026-01-01.html');
  const text = html.body.toString();
  assert.match(text, /<dt>From<\/dt><dd>2026-01-01 08:10:00 UTC<\/dd>/);
  assert.match(text, /<dt>To<\/dt><dd>2026-01-01 08:40:00 UTC<\/dd>/);
  assert.match(text, /<section id="utilisation">/);

  await page.goto(`${portal.url}/compare?collectors=${ids['web-01']},${ids['web-02']}&stat=max&base=1`);
  await waitUntil(page, chartsDrawnScript('[data-testid="compare-charts"]', 4));
  await page.screenshot({ path: join(SCREENSHOTS, '21-compare-download-report.png') });
  const zip = await downloadReport('png');
  assert.equal(zip.name, 'compare-web-01-web-02-2026-01-01.zip');
  assert.equal(zip.body.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
  assert.match(zip.body.toString('latin1'), /compare\.png/);
  const comparison = await downloadReport('html');
  assert.match(comparison.body.toString(), /web-02 <span class="muted">\(baseline\)<\/span>/);
  assert.match(comparison.body.toString(), /Metric \(Max\)/);

  // Zoomed in by dragging across a chart: the comparison covers that window of each run, from its start.
  const box = await page.locator('[data-testid="compare-charts"] .u-over').first().boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Reset zoom' }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, '22-compare-zoomed-download-report.png') });
  const [request, zoomed] = await Promise.all([
    page.waitForRequest(/\/api\/v1\/reports\//),
    downloadReport('html'),
  ]);
  const query = new URL(request.url()).searchParams;
  const zoomFrom = Number(query.get('zoom_from'));
  const zoomTo = Number(query.get('zoom_to'));
  assert.ok(zoomFrom > 0 && zoomFrom < zoomTo && zoomTo < 3600, `a window inside the hour: ${query}`);
  const shown = (start: number) =>
    `${new Date(Math.trunc(start + zoomFrom * 1000)).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
  const runs = [...zoomed.body.toString().matchAll(/<tr data-run="\d">(.*?)<\/tr>/g)].map((m) => m[1] ?? '');
  assert.equal(runs.length, 2);
  assert.ok(runs[0]?.includes(`<td>${shown(Date.UTC(2026, 0, 1, 8))}</td>`), runs[0]);
  assert.ok(runs[1]?.includes(`<td>${shown(Date.UTC(2026, 0, 8, 14))}</td>`), runs[1]);
});
