import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { decodePng, findChromium, PNG_WIDTH, pixelsOf, pngHeight, TEMPLATES } from '@perfanalysis/report';
import { reportSamples, writeHostCsv } from '@perfanalysis/report/test-support/report-fixture';
import { CPU_COLORS, colorAt } from '@perfanalysis/shared/palette';
import { perfanalysis } from './cli.test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-report-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');
const csv = join(dir, 'web-01.csv');
const START = Date.UTC(2026, 5, 2, 10, 0, 0);
/** Chromium prints the PDF; a developer's machine without it skips that part, CI (which installs it) never. */
const pdfSkip = findChromium() || process.env.CI ? undefined : 'no Chromium: apt-get install chromium';

test('set-up: a host.csv imported into the embedded database', async () => {
  await writeHostCsv(csv, reportSamples(3000, START, 2000));
  const imported = await perfanalysis([
    'import-performance',
    '--file',
    csv,
    '--collector-name',
    'web-01',
    '--site-name',
    'lab',
    '--data-dir',
    dataDir,
  ]);
  assert.equal(imported.code, 0, imported.err);
});

test('report --collector NAME writes the five PNGs at their sizes, in the series colours, and report.html', async () => {
  const out = join(dir, 'from-db');
  const result = await perfanalysis(['report', '--collector', 'web-01', '--out', out, '--data-dir', dataDir]);
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(readdirSync(out).sort(), [
    'cpu.png',
    'disk.png',
    'memory.png',
    'network.png',
    'report.html',
    'summary.png',
  ]);
  for (const template of TEMPLATES) {
    const pixels = decodePng(readFileSync(join(out, template.file)));
    assert.equal(pixels.width, PNG_WIDTH, template.file);
    assert.equal(pixels.height, pngHeight(template), template.file);
    // The first line of every template is drawn in its colour (the CPU's user time, else the palette's first).
    const color =
      template.file === 'cpu.png' || template.file === 'summary.png' ? CPU_COLORS.cpu_user : colorAt(0);
    assert.ok(pixelsOf(pixels, color ?? '') > 500, `${template.file}: pixels of ${color}`);
  }
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  for (const id of [
    'identity',
    'findings',
    'charts',
    'utilisation',
    'cpu',
    'memory',
    'network',
    'disk',
    'summary',
  ])
    assert.match(html, new RegExp(`id="${id}"`), id);
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
  assert.doesNotMatch(html, /<script|@import|url\((?!#)/i);
  assert.match(html, /<dd>lab<\/dd>/);
  assert.match(html, /CPU busy above 90 % for 10 % of the run/);
});

test('report --from-csv of the same file gives the same table and findings, with no database', async () => {
  const fromDb = readFileSync(join(dir, 'from-db', 'report.html'), 'utf8');
  const out = join(dir, 'from-csv');
  const result = await perfanalysis(['report', '--from-csv', csv, '--out', out, '--format', 'html']);
  assert.equal(result.code, 0, result.err);
  const fromCsv = readFileSync(join(out, 'report.html'), 'utf8');
  const section = (html: string, id: string) =>
    html.slice(html.indexOf(`<section id="${id}">`)).split('</section>')[0];
  assert.equal(section(fromCsv, 'utilisation'), section(fromDb, 'utilisation'));
  assert.equal(section(fromCsv, 'findings'), section(fromDb, 'findings'));
});

test('report --tz: times on that zone’s clock, the zone named on every chart; a bad zone is a usage error', async () => {
  const out = join(dir, 'berlin');
  const result = await perfanalysis(['report', '--from-csv', csv, '--out', out, '--tz', 'Europe/Berlin']);
  assert.equal(result.code, 0, result.err);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(html, /<dt>From<\/dt><dd>2026-06-02 12:00:00 UTC\+02:00<\/dd>/);
  assert.match(html, /<dt>Time zone<\/dt><dd>Europe\/Berlin<\/dd>/);
  const charts = html.slice(html.indexOf('<section id="charts">'));
  assert.equal((charts.match(/times in Europe\/Berlin \(UTC\+02:00\)/g) ?? []).length, TEMPLATES.length);
  // The x axis starts at noon on Berlin's clock (10:00 UTC); no tick says 10:xx.
  assert.match(charts, />12:\d\d</);
  assert.doesNotMatch(charts, />10:\d\d</);
  const bad = await perfanalysis([
    'report',
    '--from-csv',
    csv,
    '--out',
    join(dir, 'mars'),
    '--tz',
    'Mars/Olympus',
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--tz: "Mars\/Olympus" is not a time zone/);
});

test('report --format pdf prints the HTML: A4 by default, Letter when asked; its text has the table', {
  skip: pdfSkip,
}, async () => {
  for (const [paper, size] of [
    ['a4', /59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/],
    ['letter', /612 x 792 pts/],
  ] as const) {
    const out = join(dir, `pdf-${paper}`);
    const result = await perfanalysis([
      'report',
      '--collector',
      'web-01',
      '--out',
      out,
      '--format',
      'pdf',
      '--paper',
      paper,
      '--data-dir',
      dataDir,
    ]);
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(readdirSync(out), ['report.pdf']);
    const pdf = join(out, 'report.pdf');
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    try {
      assert.match(execFileSync('pdfinfo', [pdf]).toString(), size);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      assert.match(text, /Utilisation/);
      // The figures of the HTML's table rows (P50 … max) are in the PDF's text.
      const html = readFileSync(join(dir, 'from-db', 'report.html'), 'utf8');
      for (const metric of ['cpu_user', 'mem_used', 'net_rx_bytes']) {
        const row = html.split(`data-metric="${metric}">`)[1]?.split('</tr>')[0] ?? '';
        const figures = [...row.matchAll(/<td class="num">([^<]+)<\/td>/g)].map((m) => m[1] as string);
        assert.equal(figures.length, 6, metric);
        for (const figure of figures) assert.ok(text.includes(figure), `${metric}: ${figure} in the PDF`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || process.env.CI) throw error;
    }
  }
});

test('bad input: a clear message, a non-zero exit, and nothing left behind', async () => {
  const header = join(dir, 'header.csv');
  writeFileSync(header, 'time,cpu_user\n1,2\n');
  const ragged = join(dir, 'ragged.csv');
  writeFileSync(ragged, 'timestamp,cpu_user,cpu_system\n2026-01-01T00:00:00Z,1,2\n2026-01-01T00:00:01Z,1\n');
  const notAFolder = join(dir, 'file');
  writeFileSync(notAFolder, '');
  const db = ['--data-dir', dataDir];
  const cases: [string[], number, RegExp][] = [
    [['--collector', 'nope', '--out', join(dir, 'x1'), ...db], 2, /no collector "nope" in tenant default/],
    [
      [
        '--collector',
        'web-01',
        '--start',
        '2020-01-01',
        '--end',
        '2020-01-02',
        '--out',
        join(dir, 'x2'),
        ...db,
      ],
      1,
      /web-01 has no samples from 2020-01-01T00:00:00\.000Z/,
    ],
    [
      ['--from-csv', header, '--out', join(dir, 'x3')],
      1,
      /header\.csv: line 1: the header has no "timestamp" column/,
    ],
    [['--from-csv', ragged, '--out', join(dir, 'x4')], 1, /ragged\.csv: line 3: expected 3 fields, found 2/],
    [
      ['--from-csv', csv, '--out', join(notAFolder, 'out')],
      1,
      /--out .*file\/out: cannot use it \(ENOTDIR\)/,
    ],
    [['--from-csv', csv, '--out', notAFolder], 1, /--out .*file: not a folder/],
    [
      ['--from-csv', csv, '--out', join(dir, 'x5'), '--format', 'png,gif'],
      2,
      /--format: "png,gif" is not a list/,
    ],
    [
      ['--collector', 'web-01', '--range', '2H', '--out', join(dir, 'x6'), ...db],
      2,
      /--range: "2H" is not one of/,
    ],
    [['--out', join(dir, 'x7')], 2, /name one of --collector, --from-csv or --compare/],
  ];
  for (const [args, code, message] of cases) {
    const result = await perfanalysis(['report', ...args]);
    assert.equal(result.code, code, `${args.join(' ')}: ${result.err}`);
    assert.match(result.err, message);
  }
  for (const name of ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7'])
    assert.equal(existsSync(join(dir, name)), false, name);
  assert.deepEqual(
    readdirSync(dir).filter((n) => n.includes('.tmp-')),
    [],
  );
});

test('report --help says what it writes and what the PDF needs', async () => {
  const help = await perfanalysis(['report', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /--from-csv FILE/);
  assert.match(help.out, /chromium/);
});
