import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ChartRenderer, ChartRenderers } from './chart-renderer.js';
import { reportFromFile } from './model-from-file.js';
import { decodePng } from './png-pixels.js';
import { ReportError } from './report-error.js';
import { reportSamples, writeHostCsv } from './report-fixture.js';
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
