import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import type { RowSink } from './host-rows.js';
import { readHostCsv } from './read-host-csv.js';
import { hostCsvOf, reportSamples } from './report-fixture.test-support.js';

const dir = await mkdtemp(join(tmpdir(), 'pa-csv-blocks-'));
after(() => rm(dir, { recursive: true, force: true }));

const START = Date.UTC(2026, 4, 11, 6, 0, 0);
/** Read line by line: blocks larger than half of any test file. */
const LINE_BY_LINE = { blockBytes: 1e12 };

/** Every row a sink was handed, as bytes (NaN for missing values compares equal). */
class Recorder implements RowSink {
  times: number[] = [];
  values: Buffer[] = [];
  add(times: Float64Array, values: Float64Array, rows: number): void {
    for (let i = 0; i < rows; i += 1) this.times.push(times[i] as number);
    // A copy: the reader fills the arrays again.
    this.values.push(
      Buffer.from(new Uint8Array(values.buffer, values.byteOffset, rows * HOST_METRICS.length * 8)),
    );
  }
  bytes(): Buffer {
    return Buffer.concat(this.values);
  }
}

async function read(file: string, options: { blockBytes: number; workers?: number }): Promise<Recorder> {
  const rows = new Recorder();
  await readHostCsv(file, rows, undefined, options);
  return rows;
}

/** A host.csv of 300 rows with blank lines, CRLF line ends and a last line without its end. */
function csvText(): string {
  const lines = hostCsvOf(reportSamples(300, START, 1000))
    .trimEnd()
    .split('\n');
  return `\n${lines.map((line, i) => (i % 7 === 3 ? `${line}\r\n` : i % 11 === 5 ? `${line}\n\n` : `${line}\n`)).join('')}`.trimEnd();
}

test('a file parsed in blocks on two workers gives the rows of reading it line by line, in order', async () => {
  const text = csvText();
  const file = join(dir, 'rows.csv');
  await writeFile(file, text);
  const expected = await read(file, LINE_BY_LINE);
  assert.equal(expected.times.length, 300);
  // Block ends mid-line, on a line's "\n" and on a line's first byte, and blocks shorter than a line.
  const lineStart = text.indexOf('\n', text.indexOf('\n', 1) + 1) + 1;
  const dataStart = text.indexOf('\n', 1) + 1;
  const sizes = [lineStart - dataStart, lineStart - dataStart + 1, lineStart - dataStart - 1, 97, 1000, 4096];
  for (const blockBytes of sizes) {
    const rows = await read(file, { blockBytes, workers: 2 });
    assert.deepEqual(rows.times, expected.times, `blocks of ${blockBytes} bytes`);
    assert.ok(rows.bytes().equals(expected.bytes()), `blocks of ${blockBytes} bytes: values`);
  }
});

test('a bad line in a later block is the error reading line by line gives, with its line number', async () => {
  const lines = csvText().split('\n');
  const at = lines.findIndex((line, i) => i >= 250 && line.includes(','));
  const ragged = lines.map((line, i) => (i === at ? line.replace(/,[^,]*$/, '') : line));
  const notANumber = lines.map((line, i) => (i === at ? line.replace(/,[^,]*,/, ',abc,') : line));
  for (const [name, text] of [
    ['ragged.csv', ragged],
    ['nan.csv', notANumber],
  ] as const) {
    const file = join(dir, name);
    await writeFile(file, text.join('\n'));
    const lineByLine = await read(file, LINE_BY_LINE).then(
      () => '',
      (error: Error) => error.message,
    );
    assert.match(lineByLine, new RegExp(`${name}: line ${at + 1}: `));
    await assert.rejects(read(file, { blockBytes: 512, workers: 2 }), (error: Error) => {
      assert.equal(error.message, lineByLine);
      return true;
    });
  }
});

test('a wrong header is refused with its line number before any block is read', async () => {
  const file = join(dir, 'header.csv');
  await writeFile(file, `\n\ntime,cpu_user\n${'1,2\n'.repeat(500)}`);
  await assert.rejects(
    read(file, { blockBytes: 256, workers: 2 }),
    /header\.csv: line 3: the header has no "timestamp"/,
  );
});
