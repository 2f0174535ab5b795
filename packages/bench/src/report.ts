import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  ChartRenderers,
  type ReportModel,
  reportFromDatabase,
  reportFromFile,
  writeReport,
} from '@perfanalysis/report';
import { realisticSamples } from '@perfanalysis/server';
import { HOST_METRICS, type HostCsvLayout, hostCsvLayout, parseHostCsvRow } from '@perfanalysis/shared';
import { collectorRepository, hostValuesFor, sampleRepository } from '@perfanalysis/storage';
import { openMigrated, withBenchDatabase } from './bench-database.js';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { withTempDir } from './cleanup.js';
import { writeHostCsv } from './import.js';

const DAY = 86_400;

/** Seconds for `perfanalysis report` of a day at 1 s from PostgreSQL: the model, the five PNGs and the HTML. */
async function reportOfDay(dir: string): Promise<number> {
  return withBenchDatabase(async (url) => {
    const { db, tenant } = await openMigrated({ url });
    try {
      const { collector } = await collectorRepository(tenant).create({
        machineName: 'bench-report',
        siteName: 'bench',
      });
      const start = Math.floor(Date.now() / 1000) * 1000 - 60_000 - DAY * 1000;
      for (let i = 0; i < DAY; i += 5000) {
        const samples = realisticSamples(start + i * 1000, Math.min(5000, DAY - i), {
          seed: 5,
          hostOnly: true,
        });
        await sampleRepository(tenant).insertSamples(collector.id, samples);
      }
      return await timedReport(() => reportFromDatabase(tenant, collector, 'ALL'), join(dir, 'day'));
    } finally {
      await db.close();
    }
  });
}

/**
 * Seconds for a report as `perfanalysis report` makes it: the chart renderers started first (they load while
 * the model is made), then the model, the five PNGs and report.html.
 */
async function timedReport(model: () => Promise<ReportModel>, out: string): Promise<number> {
  const began = performance.now();
  const renderers = new ChartRenderers();
  try {
    await writeReport(await model(), out, { formats: ['png', 'html'], renderers });
    return (performance.now() - began) / 1000;
  } finally {
    renderers.close();
  }
}

/** The baseline: seconds to parse a host.csv with the project's parser into flat columns, as import does. */
async function parseSeconds(file: string): Promise<number> {
  const began = performance.now();
  const metrics = HOST_METRICS.length;
  const buffer = hostValuesFor(5000);
  let layout: HostCsvLayout | undefined;
  let rows = 0;
  for await (const line of createInterface({
    input: createReadStream(file, { highWaterMark: 1024 * 1024 }),
  })) {
    if (layout === undefined) layout = hostCsvLayout(line);
    else {
      buffer.times[rows] = parseHostCsvRow(line, layout, buffer.values, rows * metrics);
      rows = (rows + 1) % 5000;
    }
  }
  return (performance.now() - began) / 1000;
}

/**
 * Reports: every template and the HTML of a day at one sample a second read from PostgreSQL (target: under
 * 3 s), and `report --from-csv` of a 1,000,000-row host.csv (PNGs and HTML) against merely parsing that file
 * with the project's host.csv parser (target: at least half its speed).
 */
export const reportBenchmark: Benchmark = {
  name: 'report',
  async run({ quick }) {
    const rows = quick ? 100_000 : 1_000_000;
    const count = rows.toLocaleString('en-US');
    return withTempDir('report', async (dir) => {
      const result: Row[] = [];
      const day = await reportOfDay(dir);
      result.push(
        row({
          name: 'report of 86,400 samples from PostgreSQL: model, 5 PNGs and report.html',
          value: day,
          unit: 's',
          target: { of: 'value', op: '<', limit: 3 },
        }),
      );
      const file = join(dir, 'host.csv');
      writeHostCsv(file, Date.UTC(2026, 0, 1), rows);
      const parse = await parseSeconds(file);
      const seconds = await timedReport(() => reportFromFile(file), join(dir, 'csv'));
      process.stderr.write(
        `  --from-csv ${count} rows: ${seconds.toFixed(2)} s; parsing alone ${parse.toFixed(2)} s\n`,
      );
      result.push(
        row({
          name: `report --from-csv of a ${count}-row host.csv (PNGs + HTML) vs parsing it with the host.csv parser`,
          value: rows / seconds,
          unit: 'rows/s',
          baseline: rows / parse,
          target: { of: 'ratio', op: '≥', limit: 0.5 },
        }),
        row({
          name: `report --from-csv of a ${count}-row host.csv, wall time`,
          value: seconds,
          unit: 's',
          ...(quick ? {} : { target: { of: 'value', op: '<', limit: 5 } as const }),
        }),
      );
      return result;
    });
  },
};
