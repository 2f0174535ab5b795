import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { compareHeight, decodePng, PNG_WIDTH, pixelsOf } from '@perfanalysis/report';
import { reportSamples, writeHostCsv } from '@perfanalysis/report/test-support/report-fixture';
import { colorAt } from '@perfanalysis/shared/palette';
import { perfanalysis } from './cli.test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-report-compare-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');

async function importRun(name: string, start: number, memoryScale: number): Promise<void> {
  const csv = join(dir, `${name}.csv`);
  const samples = reportSamples(1500, start, 2000).map((s) => ({
    ...s,
    mem_used: (s.mem_used ?? 0) * memoryScale,
  }));
  await writeHostCsv(csv, samples);
  const result = await perfanalysis([
    'import-performance',
    '--file',
    csv,
    '--collector-name',
    name,
    '--site-name',
    'lab',
    '--data-dir',
    dataDir,
  ]);
  assert.equal(result.code, 0, result.err);
}

test('set-up: two runs on different days, the second using twice the memory', async () => {
  await importRun('before', Date.UTC(2026, 5, 2, 10, 0, 0), 1);
  await importRun('after', Date.UTC(2026, 5, 9, 14, 30, 0), 2);
});

test('report --compare A,B: the runs overlaid in their colours, tables side by side, where they differ', async () => {
  const out = join(dir, 'compare');
  const result = await perfanalysis([
    'report',
    '--compare',
    'before,after',
    '--out',
    out,
    '--data-dir',
    dataDir,
  ]);
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(readdirSync(out).sort(), ['compare.png', 'report.html']);
  const png = decodePng(readFileSync(join(out, 'compare.png')));
  assert.equal(png.width, PNG_WIDTH);
  assert.equal(png.height, compareHeight());
  for (const run of [0, 1]) assert.ok(pixelsOf(png, colorAt(run)) > 500, `pixels of run ${run}`);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  for (const id of ['runs', 'differences', 'charts', 'utilisation', 'findings', 'compare'])
    assert.match(html, new RegExp(`id="${id}"`), id);
  assert.match(html, /before <span class="muted">\(baseline\)<\/span>/);
  // Twice the memory: +100 % at P95, first among the differences; the same figure in the table.
  const differences = html.slice(html.indexOf('<section id="differences">')).split('</section>')[0] ?? '';
  assert.match(differences, /<li data-difference="mem_used"><span class="delta up">\+100 %<\/span>/);
  const memRow = html.match(/<tr data-metric="mem_used">.*?<\/tr>/)?.[0] ?? '';
  assert.equal((memRow.match(/<td class="num">/g) ?? []).length, 2);
  assert.match(memRow, /\+100 %/);
  // Aligned at t = 0: the axis counts time since each run's start, though the runs are a week apart.
  assert.match(html, /aligned at each run&#39;s start|aligned at each run's start/);
  assert.match(html, />\+0:00</);
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
});

test('report --compare --align clock puts the runs on the clock', async () => {
  const out = join(dir, 'clock');
  const result = await perfanalysis([
    'report',
    ...['--compare', 'before,after', '--align', 'clock', '--stat', 'max', '--format', 'html'],
    ...['--out', out, '--data-dir', dataDir],
  ]);
  assert.equal(result.code, 0, result.err);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(html, /on the clock/);
  assert.doesNotMatch(html, />\+0:00</);
  assert.match(html, /Metric \(Max\)/);
});

test('report --compare: bad input is a clear message and a non-zero exit', async () => {
  const cases: [string[], RegExp][] = [
    [['--compare', 'before'], /names fewer than two runs/],
    [['--compare', 'before,nobody'], /no collector "nobody"/],
    [['--compare', 'before,after~0a0a0a0a-0000-4000-8000-000000000000'], /after has no upload/],
    [['--compare', 'before,after', '--align', 'sideways'], /--align: "sideways" is not start or clock/],
    [['--compare', 'before,after', '--stat', 'p42'], /--stat: "p42" is not one of/],
    [['--collector', 'before', '--align', 'clock'], /--align and --stat apply to --compare/],
  ];
  for (const [args, message] of cases) {
    const out = join(dir, 'bad');
    const result = await perfanalysis(['report', ...args, '--out', out, '--data-dir', dataDir]);
    assert.notEqual(result.code, 0, args.join(' '));
    assert.match(result.err, message, args.join(' '));
    assert.throws(() => readdirSync(out));
  }
});
