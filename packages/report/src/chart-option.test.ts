import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chartOption } from './chart-option.js';
import { reportFromFile } from './model-from-file.js';
import { reportSamples, writeHostCsv } from './report-fixture.test-support.js';
import { TEMPLATES } from './templates.js';

const dir = await mkdtemp(join(tmpdir(), 'pa-chart-option-'));
after(() => rm(dir, { recursive: true, force: true }));

interface ValueAxis {
  readonly max: number;
  readonly interval: number;
  readonly axisLabel: { readonly formatter: (value: number) => string };
}

test("every value axis of every report chart labels its ticks in one unit (not '512 MiB' beside '1 GiB')", async () => {
  const file = join(dir, 'host.csv');
  await writeHostCsv(file, reportSamples(3600, Date.UTC(2026, 0, 1), 1000));
  const model = await reportFromFile(file);
  for (const template of TEMPLATES) {
    const axes = chartOption(model, template).yAxis as ValueAxis[];
    for (const axis of axes) {
      const labels: string[] = [];
      for (let tick = axis.interval; tick <= axis.max + axis.interval / 1e6; tick += axis.interval)
        labels.push(axis.axisLabel.formatter(tick));
      const units = new Set(labels.map((label) => label.replace(/^[-\d.,\s]+/, '')));
      assert.equal(units.size, 1, `${template.title}: ${labels.join(', ')}`);
    }
  }
});
