import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, type TestContext, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript, paintedPixelsScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { loadCapture } from '../support/load-capture.js';
import { type Portal, pccBin, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * The dashboard end to end, as a performance engineer uses it: the real server, a real Chromium. Screenshots
 * of the main pages go to artifacts/screenshots/ at the repository root.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const ADMIN = { username: 'ada', password: 'correct horse battery' };
const VIEWER = { username: 'victor', password: 'viewer password 1' };

let portal: Portal;
let browser: Browser;
let page: Page;
/** What the browser refused under the portal's Content-Security-Policy, as its console said. */
const refusedByPolicy: string[] = [];

async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until `count` charts inside `scope` have drawn their data. */
async function chartsDrawn(scope: string, count: number, timeoutMs = 30_000): Promise<void> {
  await waitUntil(page, chartsDrawnScript(scope, count), { timeoutMs });
}

async function paintedPixels(scope: string): Promise<number[]> {
  return page.evaluate(paintedPixelsScript(scope));
}

/** A subtest that, when it fails, leaves a screenshot of the page as it was: FAILED-<name>.png. */
async function step(t: TestContext, name: string, body: () => Promise<void>): Promise<void> {
  await t.test(name, async () => {
    try {
      await body();
    } catch (error) {
      const file = `FAILED-${name.replace(/[^\w]+/g, '-').slice(0, 60)}`;
      await shot(file).catch(() => {});
      throw error;
    }
  });
}

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  portal = await startPortal();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      refusedByPolicy.push(`${page.url()}: ${message.text()}`);
  });
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('a performance engineer signs up, sets up collectors, uploads captures, reads and compares them', {
  skip,
  timeout: 300_000,
}, async (t) => {
  let webId = '';

  await step(t, 'sign up: the first account is the admin, and the empty list says how to start', async () => {
    await page.goto(`${portal.url}/`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await shot('00-log-in');
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.locator('input[name=username]').fill(ADMIN.username);
    await page.locator('input[name=email]').fill('ada@example.com');
    await page.locator('input[name=password]').fill(ADMIN.password);
    await page.locator('input[name=confirm]').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'No collectors yet' }).waitFor();
    assert.match(await textOf(page.locator('.sidebar')), /ada\s*admin/i);
    await shot('01-collectors-empty');
  });

  await step(
    t,
    'Collectors → Setup creates a collector and shows its key once with the install command',
    async () => {
      await page.getByRole('link', { name: 'Setup', exact: true }).click();
      await page.locator('input[name=machine_name]').fill('web-01');
      await page.locator('input[name=site_name]').fill('Azure Benchmark');
      await page.locator('input[name=platform]').fill('Linux Server');
      await page.getByRole('button', { name: 'Create collector' }).click();
      await page.getByText('Copy the API key now').waitFor();
      const key = (await textOf(page.locator('[data-copy="API key"]'))).trim();
      assert.ok(key.length > 20, `an API key: ${key}`);
      assert.match(
        await textOf(page.locator('[data-copy="Install on the server (one line)"]')),
        /install\.sh/,
      );
      await shot('02-setup-created');
      await page.getByRole('link', { name: 'Open web-01' }).click();
      webId = page.url().split('/collectors/')[1] ?? '';
      assert.ok(webId);
    },
  );

  await step(t, 'the collector page uploads a capture with a description', async () => {
    await page.getByRole('heading', { name: 'Files' }).waitFor();
    const capture = loadCapture({
      hostname: 'web-01',
      seconds: 900,
      cpuScale: 0.62,
      ioScale: 1,
      netScale: 1,
      gap: [420, 450],
    });
    await page.locator('input[name=file]').setInputFiles({
      name: 'web-01-loadtest.json',
      mimeType: 'application/json',
      buffer: Buffer.from(capture),
    });
    await page
      .locator('form[aria-label="Upload a file"] input[name=description]')
      .fill('Load test, 200 users');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText(/samples imported/).waitFor({ timeout: 120_000 });
    await page.getByRole('cell', { name: 'web-01-loadtest.json', exact: true }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Delete', exact: true }).count(),
      1,
      'the admin may delete the file',
    );
    await shot('03-collector-page');
  });

  await step(t, 'the dashboard draws its overview charts, zooms by dragging and back', async () => {
    await page.getByRole('link', { name: 'Open dashboard' }).click();
    await chartsDrawn('[data-testid="overview"]', 6);
    const painted = await paintedPixels('[data-testid="overview"]');
    assert.ok(painted.filter((n) => n > 2000).length >= 6, `six charts painted: ${painted.join(', ')}`);
    const cpu = page.locator('section[aria-label="CPU"]');
    const box = await cpu.locator('.u-over').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
    assert.match(await textOf(cpu.locator('.legend')), /user\s*\d+(\.\d+)? %/);
    await shot('04-dashboard-overview');
    // A laptop and a large monitor: the grid reflows and every chart redraws at its new width.
    for (const [name, size] of [
      ['04a-dashboard-laptop', { width: 1280, height: 800 }],
      ['04b-dashboard-2560', { width: 2560, height: 1440 }],
    ] as const) {
      await page.setViewportSize(size);
      await waitUntil(
        page,
        `[...document.querySelectorAll('[data-testid="overview"] .chart-plot')].every((p) => Math.abs(p.querySelector('.uplot').offsetWidth - p.clientWidth) <= 2)`,
      );
      await shot(name);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByText(/Zoomed to/).waitFor();
    assert.match(page.url(), /from=\d+&to=\d+/);
    await chartsDrawn('[data-testid="overview"]', 6);
    await shot('05-dashboard-zoomed');
    await page.goBack();
    await page.getByText(/Drag across a chart to zoom in/).waitFor();
    await page.getByRole('button', { name: '1H', exact: true }).click();
    assert.match(page.url(), /range=1H/);
    await chartsDrawn('[data-testid="overview"]', 6);
  });

  await step(
    t,
    'Host Utilization shows CPUs, disks, interfaces, filesystems, temperature and containers',
    async () => {
      await page.getByRole('tab', { name: 'Host Utilization' }).click();
      for (const title of [
        'Busy per CPU',
        'Utilisation per disk',
        'Received per interface',
        'Used per filesystem',
        'Temperature per sensor',
        'CPU per container',
      ])
        await page.locator(`section[aria-label="${title}"] .chart-plot[data-drawn="1"]`).waitFor();
      assert.match(
        await textOf(page.locator('section[aria-label="Busy per CPU"] .legend')),
        /cpu0[\s\S]*cpu3/,
      );
      await shot('06-host-utilization');
    },
  );

  await step(t, 'Utilization Tables give P50 to max of every metric', async () => {
    await page.getByRole('tab', { name: 'Utilization Tables' }).click();
    const row = page.locator('[data-testid="utilisation"] tr[data-metric="cpu_user"]');
    await row.waitFor();
    const cells = await row.locator('td.num').allInnerTexts();
    assert.equal(cells.length, 7, 'P50, P90, P95, P99, mean, max and samples');
    for (const cell of cells.slice(0, 6)) assert.match(cell, /^\d+(\.\d+)? %$/);
    assert.ok(Number((cells[6] ?? '').replace(/,/g, '')) > 0);
    const p50 = Number.parseFloat(cells[0] ?? '');
    const p99 = Number.parseFloat(cells[3] ?? '');
    assert.ok(p50 <= p99, `P50 ${p50} ≤ P99 ${p99}`);
    assert.equal(
      await page.getByText(/Drag across a chart/).count(),
      0,
      'no drag hint where there is no chart',
    );
    await shot('07-utilization-tables');
  });

  const api = new TestApi(portal.url);
  await step(t, 'compare two collectors aligned at their start, with differences highlighted', async () => {
    await api.login(ADMIN.username, ADMIN.password);
    const db = await api.call<{ id: string }>('POST', '/api/v1/collectors/', {
      machine_name: 'web-02',
      site_name: 'OCI Benchmark',
      platform: 'Linux Server',
    });
    const capture = loadCapture({
      hostname: 'web-02',
      seconds: 900,
      cpuScale: 0.95,
      ioScale: 1.6,
      netScale: 0.9,
      steal: 6,
      start: new Date(Date.UTC(2026, 0, 14, 15, 30, 0)),
    });
    await api.upload(db.id, 'web-02-loadtest.json', capture, 'Same test on the OCI VM');
    await page.getByRole('link', { name: 'Manage' }).click();
    await page.getByRole('checkbox', { name: 'Select web-01 to compare' }).check();
    await page.getByRole('checkbox', { name: 'Select web-02 to compare' }).check();
    await shot('08-collectors');
    await page.getByRole('button', { name: 'Compare 2 selected' }).click();
    await chartsDrawn('[data-testid="compare-charts"]', 6);
    const table = page.locator('table[aria-label="Utilisation compared"]');
    await table.locator('tr[data-metric="cpu_user"]').waitFor();
    assert.ok((await table.locator('td.diff.level-3').count()) > 0, 'large differences are highlighted');
    assert.match(await textOf(table.locator('tr[data-metric="cpu_steal"]')), /\+|%/);
    assert.match(await textOf(page.locator('.differences')), /web-02/);
    await shot('09-compare');
    await page.getByRole('button', { name: 'Clock' }).click();
    await chartsDrawn('[data-testid="compare-charts"]', 6);
    assert.match(page.url(), /align=clock/);
  });

  await step(t, 'compare two captures of one collector: before and after a change, from t = 0', async () => {
    const after = loadCapture({
      hostname: 'web-01',
      seconds: 600,
      cpuScale: 0.45,
      ioScale: 0.7,
      netScale: 1,
      start: new Date(Date.UTC(2026, 0, 13, 11, 0, 0)),
    });
    await api.upload(webId, 'web-01-after-tuning.json', after, 'After tuning');
    await page.goto(`${portal.url}/collectors/${webId}`);
    await page.getByRole('checkbox', { name: 'Select web-01-loadtest.json to compare' }).check();
    await page.getByRole('checkbox', { name: 'Select web-01-after-tuning.json to compare' }).check();
    await page.getByRole('button', { name: 'Compare 2 captures' }).click();
    await chartsDrawn('[data-testid="compare-charts"]', 6);
    const runs = await textOf(page.locator('table[aria-label="Runs"]'));
    assert.match(runs, /web-01-loadtest\.json[\s\S]*web-01-after-tuning\.json/);
    assert.ok(
      (await page.locator('table[aria-label="Utilisation compared"] td.diff.down').count()) > 0,
      'lower after tuning',
    );
    await shot('09b-compare-captures');
  });

  await step(t, 'live: a collector streaming in trickle mode updates while you watch', async () => {
    const live = await api.call<{ id: string; api_key: string }>('POST', '/api/v1/collectors/', {
      machine_name: 'live-01',
      site_name: 'local',
    });
    await page.goto(`${portal.url}/collectors/${live.id}/dashboard`);
    await page.getByRole('heading', { name: 'No data yet' }).waitFor();
    const spool = await mkdtemp(join(tmpdir(), 'pa-web-spool-'));
    const pcc = spawn(
      process.execPath,
      [
        pccBin(),
        '--server',
        portal.ingestUrl,
        '--apikey',
        live.api_key,
        '--interval',
        '1',
        '--hostname',
        'live-01',
      ],
      {
        stdio: 'ignore',
        env: {
          ...process.env,
          PCC_MODE: 'trickle',
          PCC_BATCH_INTERVAL: '1s',
          PCC_DURATION: '3m',
          PCC_SPOOL: spool,
        },
      },
    );
    try {
      // The page looks again by itself: no reload. (The agent starts, registers and sends first: a loaded
      // machine may take a while.)
      await chartsDrawn('[data-testid="overview"]', 6, 90_000);
      await page.locator('.badge-live').waitFor({ timeout: 30_000 });
      // The page asks again every few seconds, and each answer reaches further: it follows the agent.
      const seriesEnd = async (): Promise<number> => {
        const response = await page.waitForResponse(
          (r) => r.url().includes(`/collectors/${live.id}/series/`) && r.status() === 200,
          { timeout: 30_000 },
        );
        return Date.parse(((await response.json()) as { to: string }).to);
      };
      const first = await seriesEnd();
      let later = first;
      for (let i = 0; i < 6 && later <= first; i++) later = await seriesEnd();
      assert.ok(later > first, 'the charts took in newer samples without a reload');
      await chartsDrawn('[data-testid="overview"]', 6);
      assert.match(await textOf(page.locator('.live-note')), /updating every/);
      await shot('10-live');
    } finally {
      const exited =
        pcc.exitCode !== null || pcc.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => pcc.once('exit', resolve));
      pcc.kill('SIGTERM');
      const timer = setTimeout(() => pcc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      await rm(spool, { recursive: true, force: true });
    }
  });

  await step(t, 'an expired access token is renewed with the refresh token, unseen', async () => {
    await page.evaluate(`(() => {
      const tokens = JSON.parse(localStorage.getItem('perfanalysis.tokens'));
      localStorage.setItem('perfanalysis.tokens', JSON.stringify({ ...tokens, access: 'expired' }));
    })()`);
    await page.goto(`${portal.url}/collectors`);
    await page.getByRole('link', { name: 'web-02', exact: true }).waitFor();
    assert.notEqual(
      await page.evaluate(`JSON.parse(localStorage.getItem('perfanalysis.tokens')).access`),
      'expired',
    );
  });

  await step(t, 'admin adds a viewer; account settings create an API key', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    const form = page.locator('form[aria-label="Add a user"]');
    await form.locator('input[name=username]').fill(VIEWER.username);
    await form.locator('input[name=password]').fill(VIEWER.password);
    await form.locator('select[name=role]').selectOption('viewer');
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('cell', { name: VIEWER.username }).waitFor();
    await shot('11-admin-users');
    await page.getByRole('link', { name: /ada/ }).click();
    await page.locator('form[aria-label="Create an API key"] input[name=name]').fill('nightly report');
    await page.getByRole('button', { name: 'Create key' }).click();
    assert.match(await textOf(page.locator('[data-copy="Authorization header"]')), /^ApiKey ada:/);
    await shot('12-account');
  });

  await step(t, 'benchmarks and load tests compare work units level by level', async () => {
    // Empty, the page says once how to make a load test, and how to make a benchmark with pcc.
    await page.getByRole('link', { name: 'Benchmarks & load tests' }).click();
    await page.getByRole('heading', { name: 'Benchmark statistics' }).waitFor();
    await page.getByText('No benchmark results yet').waitFor();
    // Each from its own request: wait for both (a locator is strict: exactly one each).
    await page.getByText('pcc loadtest --server URL --apikey KEY').waitFor();
    await page.getByText('pcc benchmark --server URL --apikey KEY').waitFor();
    await page.getByRole('link', { name: 'Manage' }).click();
    const collectors = await api.call<{ results: { id: string; machine_name: string }[] }>(
      'GET',
      '/api/v1/collectors/',
    );
    for (const [i, c] of collectors.results.entries()) {
      for (const level of [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]) {
        const perLevel = i === 0 ? 1000 : 1180;
        await api.call('POST', '/api/v1/loadtest/', {
          collector_id: c.id,
          name: 'cpu-ladder',
          utilization_pct: level,
          work_units: Math.round(perLevel * level * (1 - level / 400)),
        });
      }
      for (const score of [812, 805, 821]) {
        await api.call('POST', '/api/v1/benchmarks/', {
          collector_id: c.id,
          name: 'sysbench-cpu',
          score: score * (i ? 1.15 : 1),
          unit: 'events/s',
        });
      }
    }
    await page.getByRole('link', { name: 'Benchmarks & load tests' }).click();
    await page
      .locator('section[aria-label="CPU work units by utilisation level"] .chart-plot[data-drawn="1"]')
      .waitFor();
    await page.getByRole('cell', { name: 'sysbench-cpu' }).first().waitFor();
    await shot('13-benchmarks');
  });

  await step(
    t,
    'a viewer sees data but no upload, delete or setup, and the API refuses a delete',
    async () => {
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.locator('input[name=username]').fill(VIEWER.username);
      await page.locator('input[name=password]').fill(VIEWER.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.locator('.sidebar .role-viewer').waitFor();
      await page.getByRole('link', { name: 'Manage' }).click();
      await page.waitForURL(/\/collectors$/);
      await page.getByRole('link', { name: 'web-01', exact: true }).click();
      await page.getByRole('cell', { name: 'web-01-loadtest.json', exact: true }).waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Delete', exact: true }).count(),
        0,
        'no Delete button',
      );
      assert.equal(await page.locator('form[aria-label="Upload a file"]').count(), 0, 'no upload form');
      assert.equal(await page.getByRole('link', { name: 'Setup', exact: true }).count(), 0, 'no Setup');
      assert.equal(await page.getByRole('link', { name: 'Users' }).count(), 0, 'no Users');
      assert.equal(
        await page.getByRole('button', { name: 'Download', exact: true }).count(),
        2,
        'downloads are allowed',
      );
      await shot('14-viewer-collector');
      const status = await page.evaluate(`(async () => {
      const { access } = JSON.parse(localStorage.getItem('perfanalysis.tokens') ?? '{}');
      const headers = { authorization: 'Bearer ' + access };
      const files = await (await fetch('/api/v1/collectors/${webId}/files/', { headers })).json();
      const response = await fetch('/api/v1/collectors/${webId}/files/' + files.results[0].id + '/', { method: 'DELETE', headers });
      return response.status;
    })()`);
      assert.equal(status, 403);
    },
  );

  await step(t, 'the app and the API reference at /docs work under the security headers', async () => {
    const docs = await page.goto(`${portal.url}/docs`);
    const headers = docs?.headers() ?? {};
    assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    await page.getByText('PerfAnalysis API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    await shot('15-api-reference');
    assert.deepEqual(refusedByPolicy, [], 'nothing any page loaded was refused');
  });
});
