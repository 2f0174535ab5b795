import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { importFile, realisticSamples } from '@perfanalysis/server';
import { HOST_CSV_COLUMNS, hostCsvLine } from '@perfanalysis/shared';
import { hostRowsCsv, SAMPLE_COLUMNS, type TenantHandle } from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { withTempDir } from './cleanup.js';

/** Rows generated (and, for the baseline, COPY chunks) at a time. */
const CHUNK_ROWS = 10_000;
/** One machine's host rows, a second apart. */
const SEED = 7;

/** The file's rows: one machine, a second apart, from `first` (unix ms). */
function rowsOf(first: number, count: number) {
  return realisticSamples(first, count, { seed: SEED, hostOnly: true });
}

/** Writes host.csv as pcprocess does (header, then hostCsvLine per sample); returns its size in bytes. */
export function writeHostCsv(file: string, start: number, rows: number): number {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${HOST_CSV_COLUMNS.join(',')}\n`);
    for (let i = 0; i < rows; i += CHUNK_ROWS) {
      const samples = rowsOf(start + i * 1000, Math.min(CHUNK_ROWS, rows - i));
      writeSync(fd, samples.map(hostCsvLine).join(''));
    }
  } finally {
    closeSync(fd);
  }
  return statSync(file).size;
}

/**
 * The baseline: seconds a raw COPY of the file's rows (as CSV text made beforehand, in memory) takes into the
 * samples table, for a collector without samples.
 */
export async function rawCopySeconds(
  tenant: TenantHandle,
  collectorId: string,
  start: number,
  rows: number,
): Promise<number> {
  const chunks: string[] = [];
  for (let i = 0; i < rows; i += CHUNK_ROWS) {
    chunks.push(hostRowsCsv(collectorId, rowsOf(start + i * 1000, Math.min(CHUNK_ROWS, rows - i))));
  }
  const began = performance.now();
  const copied = await tenant.copyFrom(tenant.table('samples'), SAMPLE_COLUMNS, chunks);
  const seconds = (performance.now() - began) / 1000;
  if (copied !== rows) throw new Error(`the COPY baseline loaded ${copied} rows, not ${rows}`);
  return seconds;
}

interface Measured {
  readonly copyPerS: number;
  readonly importPerS: number;
}

/**
 * In one database: raw COPYs of the file's rows (as CSV text made beforehand, in memory) into the samples
 * table, each for a fresh collector, and importFile of the file itself, each into another fresh collector, as
 * `perfanalysis import-performance` does. `runs` of each, in the order COPY, import, import, COPY…, so that a
 * change in the machine's load meets both sides alike.
 */
async function measure(
  location: { readonly url: string } | { readonly dataDir: string },
  file: string,
  start: number,
  rows: number,
  runs: 1 | 2,
): Promise<Measured> {
  const { db, tenant } = await openMigrated(location);
  try {
    const collectors = await createCollectors(tenant, 'bench-import', 2 * runs);
    const copy = (collectorId: string) => rawCopySeconds(tenant, collectorId, start, rows);
    const load = async (collectorId: string): Promise<number> => {
      const began = performance.now();
      const result = await importFile(tenant, collectorId, file);
      const seconds = (performance.now() - began) / 1000;
      if (result.stored !== rows) throw new Error(`importFile stored ${result.stored} rows, not ${rows}`);
      return seconds;
    };
    const id = (i: number): string => collectors[i]?.id ?? '';
    let copySeconds = await copy(id(0));
    let importSeconds = await load(id(1));
    if (runs === 2) {
      importSeconds += await load(id(2));
      copySeconds += await copy(id(3));
    }
    return { copyPerS: (runs * rows) / copySeconds, importPerS: (runs * rows) / importSeconds };
  } finally {
    await db.close();
  }
}

/**
 * Importing a host.csv (server's importFile, in-process, into a fresh collector) against a raw COPY of the
 * same rows into the samples table for another collector, in the same database and the same run: on
 * PostgreSQL (target: at least half the COPY rate), and beside it on PGlite (no target).
 */
export const importBenchmark: Benchmark = {
  name: 'import',
  async run({ quick }) {
    const rows = quick ? 100_000 : 1_000_000;
    const count = rows.toLocaleString('en-US');
    return withTempDir('import', async (dir) => {
      const file = join(dir, 'host.csv');
      const start = Math.floor(Date.now() / 1000) * 1000 - 60_000 - rows * 1000;
      const bytes = writeHostCsv(file, start, rows);
      process.stderr.write(`  host.csv: ${count} rows, ${(bytes / 1e6).toFixed(0)} MB\n`);
      const result: Row[] = [];
      const report = (label: string, m: Measured, target: boolean): Row =>
        row({
          name: `import ${count}-row host.csv [${label}] vs raw COPY of the same rows${target ? ' (2 of each)' : ''}`,
          value: m.importPerS,
          unit: 'rows/s',
          baseline: m.copyPerS,
          ...(target ? { target: { of: 'ratio', op: '≥', limit: 0.5 } as const } : {}),
        });
      result.push(
        report('PostgreSQL', await withBenchDatabase((url) => measure({ url }, file, start, rows, 2)), true),
      );
      try {
        result.push(
          report('PGlite', await measure({ dataDir: join(dir, 'pglite') }, file, start, rows, 1), false),
        );
      } catch (error) {
        result.push({ name: `import [PGlite]`, value: `error: ${(error as Error).message}`, unit: '' });
      }
      return result;
    });
  },
};
