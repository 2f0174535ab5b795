import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { after, before, type TestContext, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { TestApi } from '../support/api-client.js';
import { chartsDrawnScript } from '../support/chart-scripts.js';
import { type Browser, browserSkipReason, launchChromium } from '../support/chromium.js';
import { loadCapture } from '../support/load-capture.js';
import { type Portal, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * Runs and the collectors list in Chromium: a window of the dashboard saved as a named run, shaded on the
 * charts with the load test pcc posted, listed and edited on the collector page, picked in Compare; the
 * collectors list searched, filtered and sorted, remembered in the address. Screenshots: runs-*.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const ADMIN = { username: 'rita', password: 'correct horse battery' };
const START = Date.UTC(2026, 10, 30, 9, 0, 0);
const iso = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

let portal: Portal;
let browser: Browser;
let page: Page;
let api: TestApi;
const ids: Record<string, string> = {};

const shot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `runs-${name}.png`), fullPage: true });

/** The runs shaded on the overview's charts: per chart, each region's label and its share of the plot. */
async function regions(): Promise<{ label: string; left: number; width: number }[][]> {
  return (await page.evaluate(`[...document.querySelectorAll('[data-testid="overview"] .u-over')].map((over) =>
    [...over.querySelectorAll('.run-region')].map((r) => ({
      label: r.textContent,
      left: r.offsetLeft / over.clientWidth,
      width: r.offsetWidth / over.clientWidth,
    })))`)) as { label: string; left: number; width: number }[][];
}

async function step(t: TestContext, name: string, body: () => Promise<void>): Promise<void> {
  await t.test(name, async () => {
    try {
      await body();
    } catch (error) {
      await shot(`FAILED-${name.replace(/[^\w]+/g, '-').slice(0, 50)}`).catch(() => {});
      throw error;
    }
  });
}

/** A load-test run as pcc loadtest posts it, over minutes 20 to 25 of the capture. */
const loadTest = (collectorId: string) => ({
  collector_id: collectorId,
  name: 'cpu-steps',
  hostname: 'web-01',
  cpu_model: 'AMD EPYC',
  cpu_count: 4,
  kernel: '6.1.0',
  work_unit: { name: 'pcc-cpu-mix', version: 1 },
  threads: 1,
  levels: [50],
  step_duration_s: 300,
  period_ms: 100,
  started_at: iso(20),
  ended_at: iso(25),
  steps: [
    {
      target_pct: 50,
      achieved_pct: 49.6,
      steal_pct: 0,
      own_pct: 49,
      units_per_s: 1000,
      units_per_s_per_thread: [1000],
      cpu_pct: { cpu0: 50 },
    },
  ],
});

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  portal = await startPortal();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('runs: saved from the dashboard, shaded on its charts, listed and edited, compared; the collectors list', {
  skip,
  timeout: 300_000,
}, async (t) => {
  await step(t, 'sign up, then collectors with captures and a load test (through the API)', async () => {
    await page.goto(`${portal.url}/`);
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.locator('input[name=username]').fill(ADMIN.username);
    await page.locator('input[name=password]').fill(ADMIN.password);
    await page.locator('input[name=confirm]').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'No collectors yet' }).waitFor();
    api = await new TestApi(portal.url).login(ADMIN.username, ADMIN.password);
    for (const [name, site, seconds, cpuScale] of [
      ['web-01', 'Paris', 1800, 0.6],
      ['db-02', 'Berlin', 600, 0.9],
      ['web-10', 'Paris', 0, 0],
      ['cache-03', undefined, 0, 0],
    ] as const) {
      const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', {
        machine_name: name,
        ...(site ? { site_name: site } : {}),
      });
      ids[name] = id;
      if (seconds > 0) {
        const capture = loadCapture({
          hostname: name,
          seconds,
          cpuScale,
          ioScale: 1,
          netScale: 1,
          start: new Date(START),
        });
        await api.upload(id, `${name}.json`, capture, 'a capture');
      }
    }
    await api.call('POST', '/api/v1/loadtest/', loadTest(ids['web-01'] ?? ''));
  });

  await step(
    t,
    'the dashboard shades the load test, and saves the zoomed window as a named run',
    async () => {
      await page.goto(`${portal.url}/collectors/${ids['web-01']}/dashboard`);
      await waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
      // The runs come from a request of their own, placed after the charts are drawn.
      await waitUntil(page, `document.querySelectorAll('[data-testid="overview"] .run-region').length >= 6`);
      const before = await regions();
      assert.equal(before.length, 6);
      for (const chart of before) {
        assert.deepEqual(
          chart.map((r) => r.label),
          ['cpu-steps (load test)'],
        );
        // Minutes 20 to 25 of 30 (the chart's window spans the data's).
        assert.ok(Math.abs((chart[0]?.left ?? 0) - 20 / 30) < 0.03, `left ${chart[0]?.left}`);
        assert.ok(Math.abs((chart[0]?.width ?? 0) - 5 / 30) < 0.03, `width ${chart[0]?.width}`);
      }
      const box = await page.locator('section[aria-label="CPU"] .u-over').boundingBox();
      assert.ok(box);
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      await page.getByText(/Zoomed to/).waitFor();
      await page.getByRole('button', { name: 'Save as run…' }).click();
      const form = page.locator('form[aria-label="Save as a run"]');
      assert.match(
        (await form.locator('p').textContent()) ?? '',
        /2026-11-30 09:0\d:\d\d UTC – 09:1\d:\d\d UTC \(\d+m/,
      );
      await form.getByLabel('Name').fill('200 users');
      await form.getByLabel('Note').fill('after the kernel update');
      await shot('save-run-form');
      await form.getByRole('button', { name: 'Save run' }).click();
      await page.getByText('Saved the run “200 users”').waitFor();
      // Zoomed to the run: it covers the whole plot.
      await waitUntil(page, `document.querySelectorAll('.run-region-run').length >= 6`);
      for (const chart of await regions()) {
        const run = chart.find((r) => r.label === '200 users');
        assert.ok(run && run.left < 0.02 && run.width > 0.96, JSON.stringify(chart));
      }
      await shot('dashboard-zoomed');
      await page.goBack();
      await page.getByText('Drag across a chart to zoom in').waitFor();
      await waitUntil(page, chartsDrawnScript('[data-testid="overview"]', 6));
      await waitUntil(
        page,
        `[...document.querySelectorAll('.run-region-run')].every((r) => r.offsetWidth < r.parentElement.clientWidth / 2)`,
      );
      for (const chart of await regions()) {
        assert.deepEqual(
          chart.map((r) => r.label),
          ['200 users', 'cpu-steps (load test)'],
        );
        const run = chart[0];
        assert.ok(
          run && Math.abs(run.left - 0.2) < 0.03 && Math.abs(run.width - 0.2) < 0.03,
          JSON.stringify(run),
        );
      }
      await shot('dashboard');
    },
  );

  await step(
    t,
    'the collector page lists the runs; the named one is edited, the load test is read only',
    async () => {
      await page.goto(`${portal.url}/collectors/${ids['web-01']}`);
      const table = page.locator('table[aria-label="Runs"]');
      await table.waitFor();
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), 2);
      assert.match((await rows.nth(0).textContent()) ?? '', /200 users\s*by rita.*after the kernel update/);
      assert.match(
        (await rows.nth(1).textContent()) ?? '',
        /cpu-steps\s*load test.*09:20:00 UTC – 09:25:00 UTC \(5m\)/,
      );
      assert.equal(await rows.nth(1).getByRole('button', { name: /Edit/ }).count(), 0);
      await rows.nth(0).getByRole('button', { name: 'Edit 200 users' }).click();
      const form = page.locator('form[aria-label="Edit run 200 users"]');
      await form.getByLabel('Note').fill('after the kernel update, 6.1.0-13');
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByText('after the kernel update, 6.1.0-13').waitFor();
      // A second user's edit in the meantime: this page's copy is stale, and saying so beats overwriting it.
      const [run] = (
        await api.call<{ results: { id: number; version: number }[] }>(
          'GET',
          `/api/v1/collectors/${ids['web-01']}/runs/`,
        )
      ).results;
      assert.ok(run);
      await api.call('PATCH', `/api/v1/runs/${run.id}/`, { version: run.version, name: '200 users (Bob)' });
      await rows.nth(0).getByRole('button', { name: 'Edit 200 users' }).click();
      await form.getByLabel('Name').fill('250 users');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByText(/changed by someone else/).waitFor();
      await form.getByRole('button', { name: 'Cancel' }).click();
      await page.reload();
      await page.getByText('200 users (Bob)').waitFor();
      // Deleting asks first (no: the run stays), then the run is gone from the list (its data stays).
      await api.call('POST', `/api/v1/collectors/${ids['web-01']}/runs/`, {
        name: 'scratch',
        start: iso(1),
        end: iso(2),
      });
      await page.reload();
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('button', { name: 'Delete scratch' }).click();
      assert.equal(await rows.count(), 3);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Delete scratch' }).click();
      await page.getByRole('button', { name: 'Delete scratch' }).waitFor({ state: 'detached' });
      assert.equal(await rows.count(), 2);
    },
  );

  await step(
    t,
    "two analysts move the same run's window: the later edit is refused, the server's checks are shown",
    async () => {
      await api.call('POST', '/api/v1/users/', {
        username: 'bob',
        password: 'analyst password 1',
        role: 'analyst',
      });
      // Bob, in his own browser in India: the page shows his times in his zone (UTC+5:30).
      const bobs = await launchChromium({ width: 1440, height: 900 }, 'Asia/Kolkata');
      try {
        const bob = await bobs.context.newPage();
        bob.setDefaultTimeout(30_000);
        await bob.goto(`${portal.url}/collectors/${ids['web-01']}`);
        await bob.locator('input[name=username]').fill('bob');
        await bob.locator('input[name=password]').fill('analyst password 1');
        await bob.getByRole('button', { name: 'Log in' }).click();
        await page.goto(`${portal.url}/collectors/${ids['web-01']}`);
        // Both open the run's form before either saves.
        await page.getByRole('button', { name: 'Edit 200 users (Bob)' }).click();
        await bob.getByRole('button', { name: 'Edit 200 users (Bob)' }).click();
        const ritas = page.locator('form[aria-label="Edit run 200 users (Bob)"]');
        const bobsForm = bob.locator('form[aria-label="Edit run 200 users (Bob)"]');
        assert.match(await ritas.getByLabel(/^Start \(UTC\)/).inputValue(), /^2026-11-30T09:/);
        assert.match(await bobsForm.getByLabel(/^Start \(/).inputValue(), /^2026-11-30T14:/);
        await bobsForm.getByLabel(/^Start \(/).fill('2026-11-30T14:33:00');
        await bobsForm.getByLabel(/^End \(/).fill('2026-11-30T14:38:00');
        await bobsForm.getByRole('button', { name: 'Save' }).click();
        await bob
          .locator('table[aria-label="Runs"] tr', { hasText: '200 users (Bob)' })
          .getByText(/14:33:00/)
          .waitFor();
        await bob.screenshot({ path: join(SCREENSHOTS, 'runs-edit-window-bob.png'), fullPage: true });
        // Rita's form was read before Bob's edit: saving it says so instead of overwriting his window.
        await ritas.getByLabel(/^End \(UTC\)/).fill('2026-11-30T09:15:00');
        await ritas.getByRole('button', { name: 'Save' }).click();
        await ritas.getByText(/changed by someone else/).waitFor();
        await shot('edit-window-conflict');
        // She loads Bob's version into her form, and leaves it as he made it.
        await ritas.getByRole('button', { name: 'Load the latest version' }).click();
        await waitUntil(
          page,
          `document.querySelector('form[aria-label="Edit run 200 users (Bob)"] input[name=run-start]')?.value.startsWith('2026-11-30T09:03')`,
        );
        assert.match(await ritas.getByLabel(/^End \(UTC\)/).inputValue(), /^2026-11-30T09:08(:00)?$/);
        assert.equal(await ritas.getByText(/changed by someone else/).count(), 0);
        await ritas.getByRole('button', { name: 'Cancel' }).click();
        const row = page.locator('table[aria-label="Runs"] tr', { hasText: '200 users (Bob)' });
        await row.getByText('2026-11-30 09:03:00 UTC – 09:08:00 UTC (5m)').waitFor();
        // An end before the start: the server's verdict, in the form.
        await row.getByRole('button', { name: 'Edit 200 users (Bob)' }).click();
        await ritas.getByLabel(/^End \(UTC\)/).fill('2026-11-30T09:01:00');
        await ritas.getByRole('button', { name: 'Save' }).click();
        await ritas.getByText('End: must be after start').waitFor();
        await shot('edit-window-invalid');
        await ritas.getByLabel(/^End \(UTC\)/).fill('2026-11-30T09:10:00');
        await ritas.getByRole('button', { name: 'Save' }).click();
        await row.getByText('2026-11-30 09:03:00 UTC – 09:10:00 UTC (7m)').waitFor();
      } finally {
        await bobs.close();
      }
    },
  );

  await step(t, 'Compare picks the named run and the load test instead of typed times', async () => {
    await page.goto(`${portal.url}/compare`);
    const picker = page.locator('form[aria-label="Add a run"]');
    for (const choice of [/^Run 200 users \(Bob\)/, /^Load test cpu-steps/]) {
      await picker.getByLabel('Collector to add').selectOption({ label: 'web-01 · Paris' });
      const data = picker.getByLabel('Whole collector, one of its runs or one capture');
      await data.locator('option', { hasText: choice }).waitFor({ state: 'attached' });
      const value = await data.locator('option', { hasText: choice }).getAttribute('value');
      await data.selectOption(value ?? '');
      await picker.getByRole('button', { name: 'Add' }).click();
    }
    await page.waitForSelector('tr[data-metric="cpu_user"]');
    assert.match(page.url(), new RegExp(`runs=${ids['web-01']}%40r\\d+%2C${ids['web-01']}%40lt\\d+`));
    const summary = (await page.locator('main').textContent()) ?? '';
    assert.match(summary, /200 users \(Bob\)/);
    assert.match(summary, /cpu-steps/);
    await shot('compare');
  });

  await step(
    t,
    "Compare shades each collector's runs on its charts, in its colour, from its t = 0",
    async () => {
      await page.goto(`${portal.url}/compare?collectors=${ids['web-01']},${ids['db-02']}`);
      await waitUntil(page, chartsDrawnScript('[data-testid="compare-charts"]', 4));
      await waitUntil(
        page,
        `document.querySelectorAll('[data-testid="compare-charts"] .run-region').length > 0`,
      );
      const charts =
        (await page.evaluate(`[...document.querySelectorAll('[data-testid="compare-charts"] .u-over')].map((over) =>
      [...over.querySelectorAll('.run-region')].map((r) => ({
        label: r.textContent,
        left: r.offsetLeft / over.clientWidth,
        width: r.offsetWidth / over.clientWidth,
        color: r.style.getPropertyValue('--region-color'),
      })))`)) as { label: string; left: number; width: number; color: string }[][];
      assert.ok(charts.length >= 4);
      for (const chart of charts) {
        // web-01's runs (db-02 has none), in web-01's colour; its 30 minutes are the axis' whole length.
        assert.deepEqual(
          chart.map((r) => [r.label, r.color]),
          [
            ['200 users (Bob)', '#2f6fdf'],
            ['cpu-steps (load test)', '#2f6fdf'],
          ],
        );
        const loadTest = chart[1];
        assert.ok(loadTest && Math.abs(loadTest.left - 20 / 30) < 0.03, JSON.stringify(loadTest));
        assert.ok(Math.abs((loadTest?.width ?? 0) - 5 / 30) < 0.03, JSON.stringify(loadTest));
      }
      await shot('compare-regions');
    },
  );

  await step(
    t,
    'the collectors list: search, filter by site and status, sort by any column, kept in the URL',
    async () => {
      await page.goto(`${portal.url}/collectors`);
      const table = page.locator('table[aria-label="Collectors"]');
      const names = async () =>
        (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((n) => n.trim());
      await table.locator('tbody tr').nth(3).waitFor();
      assert.deepEqual(await names(), ['cache-03', 'db-02', 'web-01', 'web-10']);
      const machine = table.locator('th', { hasText: 'Machine' });
      assert.equal(await machine.getAttribute('aria-sort'), 'ascending');
      await table.getByRole('button', { name: 'Files' }).click();
      assert.equal(await table.locator('th', { hasText: 'Files' }).getAttribute('aria-sort'), 'ascending');
      assert.equal(await machine.getAttribute('aria-sort'), 'none');
      await table.getByRole('button', { name: 'Files' }).click();
      assert.equal(await table.locator('th', { hasText: 'Files' }).getAttribute('aria-sort'), 'descending');
      assert.deepEqual(await names(), ['db-02', 'web-01', 'cache-03', 'web-10']);
      await page.getByLabel('Search').fill('WEB');
      await page.waitForURL(/q=WEB/);
      assert.deepEqual(await names(), ['web-01', 'web-10']);
      await page.getByLabel('Status').selectOption('uploaded');
      assert.deepEqual(await names(), ['web-01']);
      await shot('collectors-filtered');
      // Remembered in the address: a reload (or a shared link) shows the same list.
      await page.reload();
      await table.locator('tbody tr').first().waitFor();
      assert.deepEqual(await names(), ['web-01']);
      assert.equal(await page.getByLabel('Search').inputValue(), 'WEB');
      assert.equal(await table.locator('th', { hasText: 'Files' }).getAttribute('aria-sort'), 'descending');
      await page.getByLabel('Search').fill('');
      await page.getByLabel('Status').selectOption('');
      await page.getByLabel('Site').selectOption({ label: '(no site)' });
      assert.deepEqual(await names(), ['cache-03']);
      await page.getByLabel('Site').selectOption({ label: 'Paris' });
      assert.deepEqual(await names(), ['web-01', 'web-10']);
      await page.getByLabel('Search').fill('nothing like it');
      await page.getByRole('button', { name: 'Clear the search and filters' }).click();
      assert.equal((await names()).length, 4);
    },
  );

  await step(
    t,
    'screenshots: the collector page with runs and the collectors list, 1440 and 390, light and dark',
    async () => {
      try {
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const width of [1440, 390]) {
            await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
            for (const [name, path] of [
              ['collector', `/collectors/${ids['web-01']}`],
              ['collectors', '/collectors?sort=-files'],
              ['dashboard', `/collectors/${ids['web-01']}/dashboard`],
            ] as const) {
              await page.goto(`${portal.url}${path}`);
              await page.locator('main h1').first().waitFor();
              await page.waitForLoadState('networkidle');
              await shot(`${scheme}-${width}-${name}`);
              const wide = Number(await page.evaluate('document.documentElement.scrollWidth'));
              assert.ok(wide <= width, `${scheme} ${width} ${name}: ${wide} px wide`);
            }
          }
        }
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    },
  );

  await step(
    t,
    "charts' axes at 390, 1440 and 2560 wide: the whole capture, two minutes, and Compare",
    async () => {
      const from = START / 1000 + 600;
      try {
        for (const width of [390, 1440, 2560]) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 1200 });
          for (const [name, path, scope] of [
            ['dashboard', `/collectors/${ids['web-01']}/dashboard`, '[data-testid="overview"]'],
            [
              'dashboard-2min',
              `/collectors/${ids['web-01']}/dashboard?from=${from}&to=${from + 120}`,
              '[data-testid="overview"]',
            ],
            [
              'compare',
              `/compare?collectors=${ids['web-01']},${ids['db-02']}`,
              '[data-testid="compare-charts"]',
            ],
          ] as const) {
            await page.goto(`${portal.url}${path}`);
            await waitUntil(page, chartsDrawnScript(scope, 4));
            for (const chart of ['Memory', 'Network throughput', 'Memory used', 'Disk read'])
              for (const section of await page.locator(`${scope} section[aria-label="${chart}"]`).all())
                await section.screenshot({
                  path: join(SCREENSHOTS, `runs-axes-${width}-${name}-${chart.replace(/ /g, '-')}.png`),
                });
          }
        }
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    },
  );

  await step(t, 'a viewer sees the runs but is offered no way to make, edit or delete one', async () => {
    await api.call('POST', '/api/v1/users/', {
      username: 'vera',
      password: 'viewer password 1',
      role: 'viewer',
    });
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.locator('input[name=username]').fill('vera');
    await page.locator('input[name=password]').fill('viewer password 1');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('main h1').first().waitFor();
    await page.goto(`${portal.url}/collectors/${ids['web-01']}/dashboard`);
    await waitUntil(page, `document.querySelectorAll('[data-testid="overview"] .run-region').length === 12`);
    assert.equal(await page.getByRole('button', { name: 'Save as run…' }).count(), 0);
    await page.goto(`${portal.url}/collectors/${ids['web-01']}`);
    await page.locator('table[aria-label="Runs"] tbody tr').nth(1).waitFor();
    assert.equal(await page.locator('table[aria-label="Runs"]').getByRole('button').count(), 0);
    assert.equal(
      await page.locator('table[aria-label="Runs"]').getByRole('link', { name: 'Dashboard' }).count(),
      2,
    );
  });
});
