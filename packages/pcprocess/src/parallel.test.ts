import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { captureLines, snapshot, withTempDir, writeCapture } from './capture-fixture.test-support.js';
import type { ParallelTuning } from './parallel.js';
import { convertCapture, type ProcessResult } from './process-capture.js';

const ONE_THREAD: ParallelTuning = { workers: 1, minBytes: 0, segmentBytes: 1 << 20 };

/** Segments smaller than a line, about a line, a few lines, the whole file; two and three workers. */
const PARALLEL: readonly ParallelTuning[] = [
  { workers: 2, minBytes: 0, segmentBytes: 97 },
  { workers: 3, minBytes: 0, segmentBytes: 1500 },
  { workers: 2, minBytes: 0, segmentBytes: 5000 },
  { workers: 2, minBytes: 0, segmentBytes: 1 << 20 },
];

type Outcome =
  | { readonly ok: ProcessResult; readonly files: Record<string, string>; readonly progress: number[][] }
  | { readonly error: string; readonly left: string[] };

async function convert(collection: string, outdir: string, tuning: ParallelTuning): Promise<Outcome> {
  const progress: number[][] = [];
  const onProgress = (bytes: number, total: number, samples: number): number =>
    progress.push([bytes, total, samples]);
  try {
    const ok = await convertCapture({ collection, outdir, onProgress }, tuning);
    const files: Record<string, string> = {};
    for (const file of ok.files) files[file.slice(outdir.length)] = await readFile(file, 'latin1');
    return { ok: { ...ok, files: ok.files.map((file) => file.slice(outdir.length)) }, files, progress };
  } catch (error) {
    const left = await readdir(outdir).catch(() => []);
    return { error: `${(error as Error).name}: ${(error as Error).message}`, left };
  }
}

/** Converts `content` in one thread and in parallel in every way; all must give the same. */
async function assertSameEverywhere(content: string | Buffer): Promise<Outcome> {
  let expected: Outcome | undefined;
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'capture.json', content);
    expected = await convert(collection, join(dir, 'one'), ONE_THREAD);
    for (const [i, tuning] of PARALLEL.entries()) {
      const outcome = await convert(collection, join(dir, `parallel-${i}`), tuning);
      if ('ok' in outcome && 'ok' in expected) {
        assert.deepEqual(outcome.ok, expected.ok, JSON.stringify(tuning));
        assert.deepEqual(outcome.files, expected.files, JSON.stringify(tuning));
        const last = outcome.progress.at(-1);
        assert.deepEqual(last, [Buffer.byteLength(content), Buffer.byteLength(content), expected.ok.samples]);
        for (let p = 1; p < outcome.progress.length; p++) {
          const [bytes = 0, , samples = 0] = outcome.progress[p] ?? [];
          const [before = 0, , samplesBefore = 0] = outcome.progress[p - 1] ?? [];
          assert.ok(bytes >= before && samples >= samplesBefore, 'progress only goes forward');
        }
      } else {
        assert.deepEqual(outcome, expected, JSON.stringify(tuning));
      }
    }
  });
  assert.ok(expected);
  return expected;
}

const lines = (count: number): string[] => captureLines(count).split('\n').slice(0, -1);

test('a plain capture: the same files and result, whatever the segments', async () => {
  const outcome = await assertSameEverywhere(captureLines(40));
  assert.ok('ok' in outcome && outcome.ok.samples === 39);
});

test('blank lines, CRLF, a byte order mark, odd names, a stopped clock, no final line feed', async () => {
  const all = lines(30);
  const text = all.map((line, i) => {
    let result = line;
    if (i === 7) result = JSON.stringify(snapshot(5));
    if (i === 9) result = result.replaceAll('coretemp/Core 0', 'Côre \\"ü\\", €');
    if (i % 4 === 0) result += '\r';
    if (i % 5 === 2) result += '\n\n  \t\n';
    return result;
  });
  const outcome = await assertSameEverywhere(`\uFEFF\n \n${text.join('\n')}`);
  assert.ok('ok' in outcome, JSON.stringify(outcome));
  assert.equal(outcome.ok.samples, 28);
});

test('a truncated last line, then blank lines, is skipped the same way', async () => {
  const outcome = await assertSameEverywhere(`${captureLines(25)}{"time":17\n\n  \n`);
  assert.ok('ok' in outcome && outcome.ok.skippedLines === 1 && outcome.ok.samples === 24);
});

test('malformed and invalid lines are the same errors, with the same line numbers, leaving nothing', async () => {
  const cases: [number, string][] = [
    [3, 'not json'],
    [17, '{"time":'],
    [24, '{}'],
    [12, '[1,2]'],
    [1, 'x'],
  ];
  for (const [at, line] of cases) {
    const all = lines(25);
    all[at] = line;
    const outcome = await assertSameEverywhere(`${all.join('\n')}\n\n`);
    assert.ok('error' in outcome, `${line} at ${at}`);
    assert.match(outcome.error, new RegExp(`^CaptureError: .*capture\\.json, line ${at + 1}: `));
    assert.deepEqual(outcome.left, []);
  }
});

test('two malformed last lines: the first is the error', async () => {
  const outcome = await assertSameEverywhere(`${captureLines(20)}{"time":\n\n{"ti\n`);
  assert.ok('error' in outcome);
  assert.match(outcome.error, /line 22: malformed JSON/);
});

test('a malformed line right after a truncated-looking one is still an error across segments', async () => {
  const all = lines(20);
  all.splice(10, 0, '{"broken":', '', '   ');
  const outcome = await assertSameEverywhere(`${all.join('\n')}\n`);
  assert.ok('error' in outcome);
  assert.match(outcome.error, /line 11: malformed JSON/);
});

test('a header and nothing else, or one snapshot', async () => {
  for (const content of [lines(0)[0] ?? '', `${lines(0)[0]}\n`, captureLines(1), `${captureLines(1)}\n\n`]) {
    const outcome = await assertSameEverywhere(content);
    assert.ok('ok' in outcome && outcome.ok.samples === 0);
  }
});

test('lines and runs of blank lines longer than the margins read around a segment', async () => {
  const all = lines(12);
  const sensors = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`zone ${i}`, 40 + (i % 7)]));
  all[4] = JSON.stringify({ ...snapshot(3), temperatures: sensors });
  all[8] = `${all[8]}${'\n'.repeat(40_000)}`;
  const outcome = await assertSameEverywhere(`${all.join('\n')}\n`);
  assert.ok('ok' in outcome && outcome.ok.samples === 11);
});
