import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChartRenderer, ChartRenderers } from './chart-renderer.js';
import { reportFromFile } from './model-from-file.js';
import { decodePng } from './png-pixels.js';
import { ReportError } from './report-error.js';
import { reportSamples, writeHostCsv } from './report-fixture.test-support.js';
import { PNG_WIDTH, pngHeight, TEMPLATES } from './templates.js';

const dir = await mkdtemp(join(tmpdir(), 'pa-chart-renderer-'));
after(() => rm(dir, { recursive: true, force: true }));
const file = join(dir, 'host.csv');
await writeHostCsv(file, reportSamples(300, Date.UTC(2026, 4, 1), 1000));
const model = await reportFromFile(file);

test('renderers draw every chart of a report in child processes, SVG and PNG, in the order asked', async () => {
  const renderers = new ChartRenderers(2);
  try {
    const files = TEMPLATES.map((t) => t.file);
    const charts = await renderers.drawAll(model, files, true);
    assert.deepEqual([...charts.keys()], files);
    for (const template of TEMPLATES) {
      const chart = charts.get(template.file);
      assert.match(chart?.svg ?? '', /<svg[^>]*width="1200"/);
      const image = decodePng(chart?.png as Buffer);
      assert.equal(image.width, PNG_WIDTH);
      assert.equal(image.height, pngHeight(template));
    }
    const svgOnly = await renderers.drawAll(model, ['memory.png'], false);
    assert.equal(svgOnly.get('memory.png')?.png, undefined);
  } finally {
    renderers.close();
  }
});

test('a crash of the renderer (as a resvg panic aborts it) fails the charts with a message; this process lives on', async () => {
  const renderer = new ChartRenderer();
  try {
    await renderer.draw(model, 'memory.png', true);
    process.kill(renderer.pid as number, 'SIGABRT');
    await assert.rejects(renderer.draw(model, 'memory.png', true), (error: Error) => {
      assert.ok(error instanceof ReportError);
      assert.match(error.message, /^a chart could not be drawn: the renderer stopped/);
      return true;
    });
    await assert.rejects(renderer.draw(model, 'memory.png', true), /the renderer stopped \(SIGABRT\)/);
  } finally {
    renderer.close();
  }
});

test('renderers kept for many reports replace one whose child ended, and draw concurrent reports', async () => {
  const renderers = new ChartRenderers(2);
  try {
    const files = TEMPLATES.map((t) => t.file);
    await renderers.drawAll(model, files, false);
    const [crashed, kept] = renderers.pids;
    process.kill(crashed as number, 'SIGKILL');
    while (renderers.stopped === 0) await sleep(10);
    const [one, two] = await Promise.all([
      renderers.drawAll(model, files, true),
      renderers.drawAll(model, ['memory.png'], true),
    ]);
    assert.deepEqual([...one.keys()], files);
    assert.ok(two.get('memory.png')?.png?.equals(one.get('memory.png')?.png as Buffer));
    assert.notEqual(renderers.pids[0], crashed);
    assert.equal(renderers.pids[1], kept);
  } finally {
    renderers.close();
  }
  await assert.rejects(renderers.drawAll(model, ['memory.png'], false), /the chart renderers were closed/);
});
