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
import { type Portal, startPortal } from '../support/portal-process.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * What a new user met first and was wrong (issue 15): the role a new user gets, a wrong current password,
 * the trickle command's address, a collector fed only by captures, Compare of the same samples, a phone.
 * Screenshots go to artifacts/screenshots/first-use-*.png.
 */
const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../artifacts/screenshots');
const skip = browserSkipReason();
const ADMIN = { username: 'grace', password: 'correct horse battery' };

let portal: Portal;
let browser: Browser;
let page: Page;
let api: TestApi;

const shot = (name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `first-use-${name}.png`), fullPage: true });

before(async () => {
  if (skip) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  portal = await startPortal();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${portal.url}/signup`);
  await page.locator('input[name=username]').fill(ADMIN.username);
  await page.locator('input[name=password]').fill(ADMIN.password);
  await page.locator('input[name=confirm]').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'No collectors yet' }).waitFor();
  api = await new TestApi(portal.url).login(ADMIN.username, ADMIN.password);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('Add a user: the role is viewer unless the admin picks more', { skip }, async () => {
  await page.goto(`${portal.url}/admin/users`);
  const form = page.locator('form[aria-label="Add a user"]');
  assert.equal(await form.locator('select[name=role]').inputValue(), 'viewer');
  await form.locator('input[name=username]').fill('newcomer');
  await form.locator('input[name=password]').fill('newcomer password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('cell', { name: 'newcomer' }).waitFor();
  const users = await api.call<{ username: string; role: string }[]>('GET', '/api/v1/users/');
  assert.equal(users.find((u) => u.username === 'newcomer')?.role, 'viewer');
  // The form is ready for the next user: viewer again, not the first option.
  assert.equal(await form.locator('select[name=role]').inputValue(), 'viewer');
});

test('a wrong current password is said on the Account page, and the session goes on', { skip }, async () => {
  await page.goto(`${portal.url}/account`);
  await page.locator('input[name=current_password]').fill('not my password');
  await page.locator('input[name=new_password]').fill('a new password 1');
  await page.locator('input[name=confirm]').fill('a new password 1');
  await page.getByRole('button', { name: 'Update password' }).click();
  await page.getByText('The current password is wrong').waitFor();
  assert.match(page.url(), /\/account$/);
  assert.ok(await page.evaluate(`localStorage.getItem('perfanalysis.tokens') !== null`), 'still signed in');
  await page.reload();
  await page.getByRole('heading', { name: 'Change password' }).waitFor();
  // The password is unchanged: the other client still logs in with it.
  await new TestApi(portal.url).login(ADMIN.username, ADMIN.password);
});

test("Setup's trickle command sends to this server's address, and says so", { skip }, async () => {
  await page.goto(`${portal.url}/collectors/setup`);
  await page.locator('input[name=machine_name]').fill('trickle-01');
  await page.getByRole('button', { name: 'Create collector' }).click();
  const command = (await page.locator('[data-copy^="Or, with pcc already installed"]').textContent()) ?? '';
  assert.match(command, new RegExp(`PCC_SERVER=${portal.url.replace(/[.:/]/g, '\\$&')} `));
  assert.doesNotMatch(command, /:8080/);
  assert.match(
    (await page.getByTestId('address-note').textContent()) ?? '',
    /the address you opened this page with/,
  );
  // The address answers pcc: the portal takes pcc's registration and samples as the ingest role does.
  const key = ((await page.locator('[data-copy="API key"]').textContent()) ?? '').trim();
  const server = /PCC_SERVER=(\S+)/.exec(command)?.[1];
  const registered = await fetch(`${server}/api/v1/register/`, {
    method: 'POST',
    headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      hostname: 'trickle-01',
      os_name: 'Debian GNU/Linux',
      os_version: '13',
      kernel: '6.12.0',
      arch: 'x86_64',
      cpu_vendor: 'GenuineIntel',
      cpu_model: 'Xeon',
      cpu_count: 4,
      mem_total_mb: 8192,
      ip_addresses: ['10.0.0.5'],
      storage_gb: 100,
    }),
  });
  assert.equal(registered.status, 200, await registered.text());
  await shot('setup');
});

test('a collector fed only by captures shows their machine and reads "uploaded" with its span', {
  skip,
}, async () => {
  const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'files-01' });
  const other = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'files-02' });
  const start = new Date(Date.UTC(2026, 2, 3, 9, 0, 0));
  await api.upload(
    id,
    'run-a.json',
    loadCapture({ hostname: 'db-07', seconds: 300, cpuScale: 0.5, ioScale: 1, netScale: 1, start }),
    'run A',
  );
  await api.upload(
    other.id,
    'run-b.json',
    loadCapture({ hostname: 'db-08', seconds: 120, cpuScale: 0.5, ioScale: 1, netScale: 1 }),
    'run B',
  );
  await page.goto(`${portal.url}/collectors/${id}`);
  const system = page.locator('section.card', { has: page.getByRole('heading', { name: 'System' }) });
  await system.getByText('db-07').waitFor();
  assert.match((await system.textContent()) ?? '', /CPUs/);
  assert.equal((await page.locator('h1 .badge').textContent())?.trim(), 'uploaded');
  assert.match((await page.locator('.page-head p.muted').textContent()) ?? '', /data from 2026-03-03 09:00/);
  await shot('uploaded-collector');
  // Each collector has its own capture's machine, not the other's.
  await page.goto(`${portal.url}/collectors/${other.id}`);
  await system.getByText('db-08').waitFor();
  assert.equal(await system.getByText('db-07').count(), 0);
});

test('Compare: a capture and its whole collector draw the same samples the same way', { skip }, async () => {
  // The collector holds the capture and, 10 minutes after it, another: over its longer span it is fetched
  // at a coarser width than the capture alone, which must then be put on that width by the server.
  const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'same-01' });
  const start = new Date(Date.UTC(2026, 3, 1, 8, 0, 0));
  const later = new Date(start.getTime() + 1_200_000);
  const profile = { hostname: 'same-01', seconds: 600, cpuScale: 0.7, ioScale: 1, netScale: 1 };
  await api.upload(id, 'first.json', loadCapture({ ...profile, start }), 'the run');
  await api.upload(id, 'second.json', loadCapture({ ...profile, start: later, cpuScale: 0.3 }), 'later');
  const files = await api.call<{ results: { id: string; filename: string }[] }>(
    'GET',
    `/api/v1/collectors/${id}/files/`,
  );
  const file = files.results.find((f) => f.filename === 'first.json');
  assert.ok(file);
  const responses: import('playwright-core').Response[] = [];
  const listener = (response: import('playwright-core').Response) => {
    if (response.url().includes(`/collectors/${id}/series/`) && response.status() === 200)
      responses.push(response);
  };
  page.on('response', listener);
  try {
    await page.goto(`${portal.url}/compare?runs=${id}~${file.id},${id}`);
    await waitUntil(page, chartsDrawnScript('[data-testid="compare-charts"]', 4));
  } finally {
    page.off('response', listener);
  }
  type Answer = { bucket_seconds: number; time: number[]; series: unknown };
  const answers = await Promise.all(
    responses.map(async (r) => ({ url: r.url(), body: (await r.json()) as Answer })),
  );
  const isCapture = (url: string) => url.includes('start=');
  const last = (capture: boolean) => answers.filter((a) => isCapture(a.url) === capture).at(-1)?.body;
  const capture = last(true);
  const whole = last(false);
  assert.ok(capture && whole, `both runs fetched: ${answers.map((a) => a.url).join(' ')}`);
  const first = answers.find((a) => isCapture(a.url))?.body;
  assert.ok(first && first.bucket_seconds < whole.bucket_seconds, 'the capture alone is finer at first');
  assert.equal(whole.bucket_seconds, capture.bucket_seconds, 'one grid for both');
  assert.equal(whole.time[0], capture.time[0], 'from the same start');
  // Over the capture's span the collector's buckets hold the same samples (past it, the later capture's).
  const means = (body: typeof whole) =>
    (body.series as Record<string, { mean: (number | null)[] }>).cpu_user?.mean ?? [];
  const [a, b] = [means(whole), means(capture)];
  const common = Math.min(a.length, b.length);
  assert.ok(common > 10);
  assert.deepEqual(a.slice(0, common), b.slice(0, common), 'the same samples, the same buckets');
  await shot('compare-same');
});

test("a regenerated key's prefix shows in the System card at once", { skip }, async () => {
  const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: 'keys-01' });
  await page.goto(`${portal.url}/collectors/${id}`);
  const shown = page.locator('dt:text-is("API key") + dd code');
  const prefix = async () => ((await shown.textContent()) ?? '').replace('…', '');
  await shown.waitFor();
  const before = await prefix();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Regenerate API key' }).click();
  const key = ((await page.locator('[data-copy="API key"]').textContent()) ?? '').trim();
  // The key as shown is "tenant.secret"; the card shows the secret's first characters.
  const secret = key.slice(key.indexOf('.') + 1);
  assert.ok(secret.length > before.length && !secret.startsWith(before), 'a new key');
  const script = `(() => {
    const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent === 'API key');
    const code = dt?.nextElementSibling?.querySelector('code');
    return Boolean(code) && ${JSON.stringify(secret)}.startsWith(code.textContent.replace('…', ''));
  })()`;
  await waitUntil(page, script);
  assert.ok(secret.startsWith(await prefix()), 'the System card shows the new prefix without a reload');
});

test('the log-in page says when sign-up is closed, and offers it once an admin opens it', {
  skip,
}, async () => {
  const tokens = String(await page.evaluate(`localStorage.getItem('perfanalysis.tokens')`));
  await page.evaluate(`localStorage.removeItem('perfanalysis.tokens')`);
  try {
    await page.goto(`${portal.url}/login`);
    await page.getByText('Sign-up is closed here: ask an admin for an account.').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Sign up' }).count(), 0);
    await api.call('PUT', '/api/v1/settings/', { signup_role: 'viewer' });
    await page.reload();
    await page.getByRole('link', { name: 'Sign up' }).waitFor();
    assert.equal(await page.getByText('Sign-up is closed here').count(), 0);
  } finally {
    await api.call('PUT', '/api/v1/settings/', { signup_role: null });
    await page.evaluate(`localStorage.setItem('perfanalysis.tokens', ${JSON.stringify(tokens)})`);
  }
});

test('an unknown collector says it is not there, without a Retry that cannot help', { skip }, async () => {
  await page.goto(`${portal.url}/collectors/00000000-0000-4000-8000-000000000000`);
  await page.getByRole('heading', { name: 'No such collector' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
});

test('on a phone (390 px): nothing off-screen, tables scroll in their cards, the menu folds away', {
  skip,
}, async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    const collectors = await api.call<{ results: { id: string; machine_name: string }[] }>(
      'GET',
      '/api/v1/collectors/',
    );
    const files = collectors.results.find((c) => c.machine_name === 'files-01');
    assert.ok(files);
    for (const [name, path] of [
      ['collectors', '/collectors'],
      ['collector', `/collectors/${files.id}`],
      ['users', '/admin/users'],
      ['account', '/account'],
      ['dashboard', `/collectors/${files.id}/dashboard`],
    ] as const) {
      await page.goto(`${portal.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await shot(`390-${name}`);
      const width = await page.evaluate('document.documentElement.scrollWidth');
      assert.ok(Number(width) <= 390, `${name}: the page is ${width} px wide`);
      const bar = await page.locator('nav.sidebar').boundingBox();
      assert.ok(bar && bar.height < 80, `${name}: the top bar takes ${bar?.height} px`);
    }
    // A table wider than the screen scrolls inside its card.
    await page.goto(`${portal.url}/collectors`);
    const table = page.locator('table[aria-label="Collectors"]');
    const [content, box] = await table.evaluate((t: { scrollWidth: number; clientWidth: number }) => [
      t.scrollWidth,
      t.clientWidth,
    ]);
    assert.ok((content ?? 0) > (box ?? 0), `the table's columns (${content} px) scroll in ${box} px`);
    assert.ok(((await table.boundingBox())?.width ?? 999) <= 390);
    // The menu opens the links, and a link closes it again.
    assert.equal(await page.getByRole('link', { name: 'Compare' }).isVisible(), false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/\/compare/);
    // The menu closes once the page has changed (an effect after the next frame): wait for it.
    await page.getByRole('link', { name: 'Compare' }).waitFor({ state: 'hidden' });
  } finally {
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});

test('every main page at 1440, 2560 and 390 wide, light and dark: dark when asked, never wider than the screen', {
  skip,
}, async () => {
  const collectors = await api.call<{ results: { id: string; machine_name: string }[] }>(
    'GET',
    '/api/v1/collectors/',
  );
  const files = collectors.results.find((c) => c.machine_name === 'files-01');
  const same = collectors.results.find((c) => c.machine_name === 'same-01');
  assert.ok(files && same);
  const pages = [
    ['collectors', '/collectors'],
    ['collector', `/collectors/${files.id}`],
    ['dashboard', `/collectors/${files.id}/dashboard`],
    ['compare', `/compare?collectors=${files.id},${same.id}`],
    ['setup', '/collectors/setup'],
    ['users', '/admin/users'],
    ['account', '/account'],
  ] as const;
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1440, 2560, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const [name, path] of pages) {
          await page.goto(`${portal.url}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await shot(`${scheme}-${width}-${name}`);
          const wide = Number(await page.evaluate('document.documentElement.scrollWidth'));
          assert.ok(wide <= width, `${scheme} ${width} ${name}: ${wide} px wide`);
          const background = String(await page.evaluate('getComputedStyle(document.body).backgroundColor'));
          const [r = 0] = (background.match(/\d+/g) ?? []).map(Number);
          assert.equal(r < 60, scheme === 'dark', `${scheme} ${name}: body ${background}`);
        }
      }
    }
    // The switch overrides the system: light chosen in a dark system stays light after a reload.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${portal.url}/account`);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.evaluate('document.documentElement.dataset.theme'), 'light');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 900 });
  }
});
