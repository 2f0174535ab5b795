import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CHART_LIMIT, chartValues } from './chart-values.js';
import { reportFromFile } from './model-from-file.js';
import { reportSamples, writeHostCsv } from './report-fixture.test-support.js';

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

test('a host.csv with an absurd value (a counter glitch of 10^308) is refused, naming its line', async () => {
  const samples = reportSamples(600, Date.UTC(2026, 0, 1), 1000).map((s, i) =>
    i === 300 ? { ...s, cpu_user: 1e308 } : s,
  );
  const file = join(dir, 'glitch.csv');
  await writeHostCsv(file, samples);
  await assert.rejects(
    reportFromFile(file),
    /glitch\.csv: line 302: cpu_user: 1e\+308 is outside its plausible range/,
  );
});
