import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chartOption } from './chart-option.js';
import { CHART_LIMIT, chartValues } from './chart-values.js';
import { reportFromFile } from './model-from-file.js';
import { decodePng } from './png-pixels.js';
import { reportSamples, writeHostCsv } from './report-fixture.js';
import { TEMPLATES } from './templates.js';
import { renderReport } from './write-report.js';

const dir = await mkdtemp(join(tmpdir(), 'pa-chart-values-'));
after(() => rm(dir, { recursive: true, force: true }));

test('chart values: gaps for missing and non-finite ones, the rest within the limit', () => {
  assert.deepEqual(chartValues([1, null, Number.NaN, Number.POSITIVE_INFINITY, -1e300, 1e300]), [
    1,
    null,
    null,
    null,
    -CHART_LIMIT,
    CHART_LIMIT,
  ]);
});

test('absurd values (a counter glitch of 10^308) give finite axes and PNGs; the table keeps them', async () => {
  const samples = reportSamples(600, Date.UTC(2026, 0, 1), 1000).map((s, i) =>
    i === 300 ? { ...s, cpu_user: 1e308, cpu_system: 1e308, net_rx_bytes: 1.7e308 } : s,
  );
  const file = join(dir, 'glitch.csv');
  await writeHostCsv(file, samples);
  const model = await reportFromFile(file);
  assert.equal(model.table.rows.find((r) => r.metric === 'cpu_user')?.max, 1e308);
  for (const template of TEMPLATES) {
    const option = chartOption(model, template) as { yAxis: { max: number; interval: number }[] };
    for (const axis of option.yAxis) {
      assert.ok(
        Number.isFinite(axis.max) && axis.max <= 10 * CHART_LIMIT,
        `${template.file}: max ${axis.max}`,
      );
      assert.ok(Number.isFinite(axis.interval) && axis.interval > 0, `${template.file}: ${axis.interval}`);
    }
  }
  const files = await renderReport(model, ['png']);
  for (const template of TEMPLATES) assert.ok(decodePng(files.get(template.file) as Buffer).width > 0);
});
