import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodePng, findChromium, renderReport, reportFromDatabase, TEMPLATES } from '@perfanalysis/report';
import {
  type Collector,
  collectorRepository,
  type Database,
  runRepository,
  sampleRepository,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { testSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';
import { buildApp } from '../app.js';

/** This process's children that draw charts (their command line names chart-render-child), by process id. */
async function chartChildren(): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = await readFile(`/proc/${name}/cmdline`, 'utf8');
      if (ppid === process.pid && command.includes('chart-render-child')) found.push(Number(name));
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}

const section = (html: string, id: string) =>
  html.slice(html.indexOf(`<section id="${id}">`)).split('</section>')[0] ?? '';

forEachDatabase('report downloads', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let t: TenantHandle;
  let viewer: string;
  let admin: string;
  const collectors: Collector[] = [];
  const get = (url: string, token = viewer) =>
    app.inject({ method: 'GET', url, headers: { host: 'localhost', authorization: `Bearer ${token}` } });

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = (username: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup/',
        headers: { host: 'localhost' },
        payload: { username, password: 'correct horse' },
      });
    admin = (await signup('ana')).json().access;
    await app.inject({
      method: 'PUT',
      url: '/api/v1/settings/',
      headers: { host: 'localhost', authorization: `Bearer ${admin}` },
      payload: { signup_role: 'viewer' },
    });
    const second = (await signup('vic')).json();
    assert.equal(second.user.role, 'viewer');
    viewer = second.access;
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    for (const [name, start] of [
      ['vm-a', Date.UTC(2026, 2, 1, 10)],
      ['vm-b', Date.UTC(2026, 2, 2, 14, 30, 7)],
    ] as const) {
      const { collector } = await collectorRepository(t).create({ machineName: name, siteName: 'bench' });
      const samples = testSamples(start, 720, 10_000, { cpus: 2, disks: 1 });
      if (name === 'vm-b') for (const s of samples) s.mem_used = (s.mem_used ?? 0) * 3;
      await sampleRepository(t).insertSamples(collector.id, samples);
      collectors.push(collector);
    }
  });
  after(() => app.close());

  test('a viewer downloads the HTML of what the dashboard shows: the same table and findings as the command', async () => {
    const [a] = collectors as [Collector];
    const window = 'start=2026-03-01T10:30:00.000Z&end=2026-03-01T11:00:00.000Z';
    const response = await get(`/api/v1/reports/?runs=${a.id}&${window}&format=html&tz=UTC`);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.headers['content-type'] as string, /^text\/html/);
    assert.equal(
      response.headers['content-disposition'],
      'attachment; filename="report-vm-a-2026-03-01.html"',
    );
    const model = {
      ...(await reportFromDatabase(t, a, {
        from: new Date('2026-03-01T10:30:00Z'),
        to: new Date('2026-03-01T11:00:00Z'),
      })),
      timeZone: 'UTC',
    };
    const html = (await renderReport(model, ['html'])).get('report.html') as string;
    for (const id of ['identity', 'findings', 'utilisation'])
      assert.equal(section(response.body, id), section(html, id), id);
    assert.match(section(response.body, 'identity'), /2026-03-01 10:30:00/);
  });

  test("a named run's report covers its window (collector@key); an unknown run is a 404 naming it", async () => {
    const [a] = collectors as [Collector];
    const run = await runRepository(t).create(
      a.id,
      {
        name: 'half an hour',
        start: new Date('2026-03-01T10:30:00Z'),
        end: new Date('2026-03-01T11:00:00Z'),
      },
      null,
    );
    const byRun = await get(`/api/v1/reports/?runs=${a.id}@${run.key}&format=html&tz=UTC`);
    assert.equal(byRun.statusCode, 200, byRun.body);
    const byWindow = await get(
      `/api/v1/reports/?runs=${a.id}&start=2026-03-01T10:30:00.000Z&end=2026-03-01T11:00:00.000Z&format=html&tz=UTC`,
    );
    for (const id of ['findings', 'utilisation'])
      assert.equal(section(byRun.body, id), section(byWindow.body, id), id);
    assert.match(section(byRun.body, 'identity'), /half an hour/);
    const unknown = await get(`/api/v1/reports/?runs=${a.id}@r999999&format=html`);
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.match(unknown.json().error.message, /No run r999999 of collector/);
  });

  test('the PNGs come in a zip, the very files the command writes', async () => {
    const [a] = collectors as [Collector];
    const response = await get(`/api/v1/reports/?runs=${a.id}&range=1H&format=png`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/zip');
    const files = unzipSync(new Uint8Array(response.rawPayload));
    assert.deepEqual(Object.keys(files).sort(), TEMPLATES.map((t) => t.file).sort());
    const model = await reportFromDatabase(t, a, '1H');
    const pngs = await renderReport(model, ['png']);
    for (const [name, png] of pngs) {
      const got = decodePng(Buffer.from(files[name] as Uint8Array));
      const want = decodePng(png as Buffer);
      assert.equal(got.width, want.width, name);
      assert.equal(got.height, want.height, name);
    }
  });

  test('while a report is drawn, another client is answered: the charts are drawn in child processes', async () => {
    const [a, b] = collectors as [Collector, Collector];
    // The portal's chart renderers (kept since an earlier download), held still: no report can be finished now.
    let renderers = await chartChildren();
    if (renderers.length === 0) {
      assert.equal((await get(`/api/v1/reports/?runs=${b.id}&format=html`)).statusCode, 200);
      renderers = await chartChildren();
    }
    assert.ok(renderers.length > 0, 'reports are drawn by child processes');
    for (const pid of renderers) process.kill(pid, 'SIGSTOP');
    let settled = false;
    let download: ReturnType<typeof get> | undefined;
    try {
      download = get(`/api/v1/reports/?runs=${a.id}&format=html`).finally(() => {
        settled = true;
      });
      for (const collector of [a, b, a]) {
        const other = await get(`/api/v1/collectors/${collector.id}/utilisation/?range=ALL`);
        assert.equal(other.statusCode, 200, other.body);
      }
      assert.equal(settled, false, 'the other client was answered while the report was still being drawn');
    } finally {
      for (const pid of renderers) process.kill(pid, 'SIGCONT');
    }
    const response = await download;
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((response.body.match(/<figure class="chart"[^>]*><svg/g) ?? []).length, TEMPLATES.length);
  });

  test('downloads share chart renderers kept while the server runs, two users at once; closing ends them', async () => {
    const [a, b] = collectors as [Collector, Collector];
    const other = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const earlier = new Set(await chartChildren());
    const ours = async () => (await chartChildren()).filter((pid) => !earlier.has(pid)).sort();
    const download = (url: string, token: string) =>
      other.inject({ method: 'GET', url, headers: { host: 'localhost', authorization: `Bearer ${token}` } });
    let kept: number[] = [];
    try {
      const answers = await Promise.all([
        download(`/api/v1/reports/?runs=${a.id}&format=html`, viewer),
        download(`/api/v1/reports/?runs=${b.id}&format=png`, admin),
      ]);
      for (const answer of answers) assert.equal(answer.statusCode, 200, answer.body);
      kept = await ours();
      assert.ok(kept.length > 0, 'the chart renderers are kept after the downloads');
      const again = await download(`/api/v1/reports/?runs=${b.id}&format=html`, viewer);
      assert.equal(again.statusCode, 200, again.body);
      assert.deepEqual(await ours(), kept, 'the next download is drawn by the same renderers');
    } finally {
      await other.close();
    }
    while ((await ours()).some((pid) => kept.includes(pid))) await sleep(10);
  });

  test('the Compare page downloads the comparison of its runs, its baseline and statistic', async () => {
    const [a, b] = collectors as [Collector, Collector];
    const response = await get(
      `/api/v1/reports/?runs=${a.id},${b.id}&align=clock&stat=max&base=1&format=html`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.body, /vm-b <span class="muted">\(baseline\)<\/span>/);
    assert.match(response.body, /Metric \(Max\)/);
    assert.match(response.body, /on the clock/);
    assert.match(response.body, /<li data-difference="mem_used"><span class="delta down">−\d/);
    assert.match(
      response.headers['content-disposition'] as string,
      /filename="compare-vm-a-vm-b-2026-03-01\.html"/,
    );
  });

  test('the Compare page zoomed in: each run reported over the zoom window, from its start or on the clock', async () => {
    const [a, b] = collectors as [Collector, Collector];
    const runs = `runs=${a.id},${b.id}&format=html&tz=UTC`;
    const rows = (body: string) =>
      [...body.matchAll(/<tr data-run="\d">(.*?)<\/tr>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '|'));
    // Aligned at t = 0: 10 to 30 minutes into each run.
    const elapsed = await get(`/api/v1/reports/?${runs}&zoom_from=600&zoom_to=1800`);
    assert.equal(elapsed.statusCode, 200, elapsed.body);
    const [rowA, rowB] = rows(elapsed.body);
    assert.match(rowA ?? '', /2026-03-01 10:10:00 UTC\|.*\|120\|/);
    assert.match(rowB ?? '', /2026-03-02 14:40:07 UTC\|.*\|120\|/);
    // On the clock: vm-a's 10:30 to 11:00; vm-b has no samples then, and the report says so.
    const clock = `align=clock&zoom_from=${Date.UTC(2026, 2, 1, 10, 30) / 1000}&zoom_to=${Date.UTC(2026, 2, 1, 11) / 1000}`;
    const single = await get(`/api/v1/reports/?runs=${a.id}&format=html&tz=UTC&${clock}`);
    assert.equal(single.statusCode, 200, single.body);
    assert.match(single.body, /<dt>From<\/dt><dd>2026-03-01 10:30:00 UTC<\/dd>/);
    assert.match(single.body, /<dt>To<\/dt><dd>2026-03-01 11:00:00 UTC<\/dd>/);
    const none = await get(`/api/v1/reports/?${runs}&${clock}`);
    assert.equal(none.statusCode, 404, none.body);
    assert.match(none.json().error.message, /vm-b has no samples in the zoom window/);
  });

  test('the PDF is printed on the server', { skip: findChromium() ? undefined : 'no Chromium' }, async () => {
    const [a] = collectors as [Collector];
    const response = await get(`/api/v1/reports/?runs=${a.id}&format=pdf&paper=letter`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('bad requests get a 4xx naming the problem', async () => {
    const [a, b] = collectors as [Collector, Collector];
    const cases: [string, number, RegExp][] = [
      [`runs=&format=html`, 400, /between 1 and 10 runs/],
      [`runs=${a.id}&format=doc`, 400, /format/],
      [`runs=${a.id},${b.id}&base=2&format=html`, 400, /base must be one of the runs, 0 to 1/],
      [`runs=00000000-0000-4000-8000-000000000000&format=html`, 404, /No collector/],
      [`runs=${a.id}~00000000-0000-4000-8000-000000000000&format=html`, 404, /No upload/],
      [`runs=${a.id}&start=2026-03-01T10:00:00Z&format=html`, 400, /both start and end/],
      [`runs=${a.id},${b.id}&zoom_from=5&format=html`, 400, /both zoom_from and zoom_to/],
      [`runs=${a.id},${b.id}&zoom_from=60&zoom_to=10&format=html`, 400, /zoom_from must come before zoom_to/],
      [`runs=${a.id}&tz=Mars/Olympus&format=html`, 400, /tz: "Mars\/Olympus" is not a time zone/],
      [`runs=${a.id}&start=2025-01-01T00:00:00Z&end=2025-01-02T00:00:00Z&format=html`, 404, /no samples/],
    ];
    for (const [query, status, message] of cases) {
      const response = await get(`/api/v1/reports/?${query}`);
      assert.equal(response.statusCode, status, `${query}: ${response.body}`);
      assert.match(response.json().error.message, message, query);
    }
    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/reports/?runs=${a.id}&format=html` });
    assert.equal(anonymous.statusCode, 401);
  });

  test('the route is in the OpenAPI document with its query and answer', async () => {
    const doc = (
      await app.inject({ method: 'GET', url: '/docs/json', headers: { host: 'localhost' } })
    ).json();
    const route = doc.paths['/api/v1/reports/']?.get;
    assert.ok(route, 'GET /api/v1/reports/ documented');
    const names = route.parameters.map((p: { name: string }) => p.name);
    for (const name of ['runs', 'range', 'start', 'end', 'format', 'paper', 'align', 'stat', 'base', 'tz'])
      assert.ok(names.includes(name), name);
    assert.deepEqual(Object.keys(route.responses['200'].content).sort(), [
      'application/pdf',
      'application/zip',
      'text/html',
    ]);
  });
});
