import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, deriveSample, hostCsvLine, type RawSnapshot, type Sample } from '@perfanalysis/shared';
import { snapshot } from './capture-fixture.test-support.js';
import { CsvSink } from './csv-sink.js';
import { CONTAINERS_CSV, type CsvTable, DEVICE_TABLES, HOST_CSV } from './csv-tables.js';

/** A table's rows as the generic code writes them: every column of the header, through csvField. */
function genericRows(table: CsvTable, sample: Sample, timestamp: string): string {
  if (table === HOST_CSV) return hostCsvLine(sample);
  const columns = table.header.trimEnd().split(',').slice(1);
  const lists: Record<string, readonly object[]> = {
    'cpus.csv': sample.cpus,
    'disks.csv': sample.disks,
    'networks.csv': sample.nets,
    'filesystems.csv': sample.filesystems,
    'temperatures.csv': sample.temperatures,
    'containers.csv': sample.containers,
  };
  let text = '';
  for (const row of lists[table.file] ?? assert.fail(table.file)) {
    const record = row as Record<string, string | number | null>;
    text += `${timestamp}${columns.map((column) => `,${csvField(record[column] ?? null)}`).join('')}\n`;
  }
  return text;
}

/** Fixture samples with a bit of everything: missing sections, odd names, nulls, fractions. */
function samples(): Sample[] {
  const result: Sample[] = [];
  for (let i = 1; i < 8; i++) {
    const previous = snapshot(i - 1);
    const { meminfo, stat, ...rest } = snapshot(i);
    const current: RawSnapshot = {
      ...rest,
      mono: (rest.mono ?? 0) + 7 * i,
      ...(i === 3 ? {} : { meminfo }),
      ...(i === 4 ? {} : { stat }),
      ...(i === 5 ? { temperatures: { 'zone "a", b': 40.25, 'Côre ü': -3 } } : {}),
    };
    const sample = deriveSample(previous, current);
    assert.ok(sample);
    result.push(sample);
  }
  return result;
}

test('every table writes each column of its header, as the generic code writes it', () => {
  const tables = [HOST_CSV, ...DEVICE_TABLES, CONTAINERS_CSV];
  for (const sample of samples()) {
    const timestamp = new Date(sample.timestamp).toISOString();
    for (const table of tables) {
      const sink = new CsvSink();
      table.rows(sink, sample, timestamp);
      const written = Buffer.concat(sink.take()).toString('utf8');
      assert.equal(written, genericRows(table, sample, timestamp), table.file);
    }
  }
});

test('the fixture reaches every kind of row', () => {
  const all = samples();
  assert.ok(all.some((sample) => sample.mem_total === null));
  assert.ok(all.some((sample) => sample.containers.length === 2));
  assert.ok(all.some((sample) => sample.containers.some((c) => c.mem_limit_mb === null)));
  assert.ok(all.every((sample) => sample.filesystems.length > 0 && sample.disks.length > 0));
});
