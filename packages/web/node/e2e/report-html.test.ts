import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { writeHostCsv } from '../support/host-csv-file.js';
import { perfanalysis } from '../support/portal-process.js';

/**
 * report.html as a reader opens it: in a browser, from the disk. It must show every section with no error in
 * the console and ask the network for nothing but itself (no font, script, style or image from elsewhere).
 */
const skip = browserSkipReason();
let work: string;
let browser: Browser;

before(async () => {
  if (skip) return;
  work = await mkdtemp(join(tmpdir(), 'pa-report-html-'));
  const dataDir = join(work, 'data');
  for (const [name, start] of [
    ['db-01', Date.UTC(2026, 1, 3, 9)],
    ['db-02', Date.UTC(2026, 1, 5, 21)],
  ] as const) {
    const csv = join(work, `${name}.csv`);
    await writeHostCsv(csv, 1800, start);
    await perfanalysis(
      ['import-performance', '--file', csv, '--collector-name', name, '--site-name', 'lab'].concat([
        '--data-dir',
        dataDir,
      ]),
    );
  }
  await perfanalysis([
    'report',
    '--from-csv',
    join(work, 'db-01.csv'),
    '--out',
    join(work, 'one'),
    '--format',
    'html',
  ]);
  await perfanalysis(
    ['report', '--compare', 'db-01,db-02', '--out', join(work, 'two'), '--format', 'html'].concat([
      '--data-dir',
      dataDir,
    ]),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

for (const [name, folder, sections] of [
  [
    'a report',
    'one',
    ['identity', 'findings', 'charts', 'utilisation', 'cpu', 'memory', 'network', 'disk', 'summary'],
  ],
  ['a comparison', 'two', ['runs', 'differences', 'charts', 'compare', 'utilisation', 'findings']],
] as const) {
  test(`${name}'s report.html opens in Chromium with no console error and no request but itself`, {
    skip,
  }, async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(join(work, folder, 'report.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    for (const id of sections) {
      const box = await page.locator(`#${id}`).boundingBox();
      assert.ok(box && box.width > 100 && box.height > 20, `#${id} is shown: ${JSON.stringify(box)}`);
    }
    // Every chart is drawn: SVG with the runs' or series' paths in it.
    assert.ok((await page.locator('figure.chart svg path').count()) > 20);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [url]);
    await page.close();
  });
}
