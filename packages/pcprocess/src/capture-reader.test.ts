import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { RawSnapshot } from '@perfanalysis/shared';
import {
  captureLines,
  gzipUnfinished,
  HEADER,
  snapshot,
  withTempDir,
  writeCapture,
} from './capture-fixture.test-support.js';
import { type Capture, openCapture } from './capture-reader.js';
import { CaptureError } from './errors.js';

async function readAll(path: string): Promise<{ capture: Capture; snapshots: RawSnapshot[] }> {
  const capture = await openCapture(path);
  const snapshots: RawSnapshot[] = [];
  for await (const s of capture.snapshots) snapshots.push(s);
  return { capture, snapshots };
}

test('JSON Lines: the header, then every snapshot in order', async () => {
  await withTempDir(async (dir) => {
    const path = await writeCapture(dir, 'c.json', captureLines(5));
    const { capture, snapshots } = await readAll(path);
    assert.deepEqual(capture.header, HEADER);
    assert.deepEqual(snapshots, [0, 1, 2, 3, 4].map(snapshot));
    assert.equal(capture.skippedLines, 0);
    assert.equal(capture.bytesRead, capture.totalBytes);
  });
});

test('gzip is recognised by its magic bytes, whatever the name', async () => {
  await withTempDir(async (dir) => {
    for (const name of ['c.json.gz', 'c.json']) {
      const path = await writeCapture(dir, name, gzipSync(captureLines(4)));
      const { capture, snapshots } = await readAll(path);
      assert.deepEqual(capture.header, HEADER);
      assert.equal(snapshots.length, 4);
      assert.equal(capture.bytesRead, capture.totalBytes);
    }
  });
});

test('gzip flushed but never finished, as a crash leaves it, is read up to the last flush', async () => {
  await withTempDir(async (dir) => {
    const lines = captureLines(6).split('\n');
    const pieces = lines.slice(0, -1).map((line) => `${line}\n`);
    const path = await writeCapture(dir, 'c.json.gz', await gzipUnfinished(pieces));
    const { snapshots, capture } = await readAll(path);
    assert.equal(snapshots.length, 6);
    assert.equal(capture.skippedLines, 0);
  });
});

test('gzip never finished with a half-written last line: the line is skipped', async () => {
  await withTempDir(async (dir) => {
    const text = `${captureLines(3)}${JSON.stringify(snapshot(3)).slice(0, 40)}`;
    const path = await writeCapture(dir, 'c.json.gz', await gzipUnfinished([text]));
    const { snapshots, capture } = await readAll(path);
    assert.equal(snapshots.length, 3);
    assert.equal(capture.skippedLines, 1);
  });
});

test('gzip cut at any byte, as a crash can leave it, gives the lines before the cut', async () => {
  await withTempDir(async (dir) => {
    const full = gzipSync(captureLines(100));
    let previous = 0;
    for (let cut = 600; cut < full.length; cut += 700) {
      const path = await writeCapture(dir, 'c.json.gz', full.subarray(0, cut));
      const { snapshots, capture } = await readAll(path);
      assert.ok(snapshots.length >= previous, `cut at ${cut}`);
      if (snapshots.length > 0) assert.deepEqual(snapshots.at(-1), snapshot(snapshots.length - 1));
      assert.equal(capture.skippedLines, 1);
      previous = snapshots.length;
    }
    assert.ok(previous > 90);
  });
});

test('a plain JSON array whose first element is the header', async () => {
  await withTempDir(async (dir) => {
    const array = [HEADER, snapshot(0), snapshot(1), snapshot(2)];
    const path = await writeCapture(dir, 'c.json', JSON.stringify(array, null, 2));
    const { capture, snapshots } = await readAll(path);
    assert.deepEqual(capture.header, HEADER);
    assert.deepEqual(snapshots, [snapshot(0), snapshot(1), snapshot(2)]);
  });
});

test('a truncated last line is skipped and counted; blank lines are ignored', async () => {
  await withTempDir(async (dir) => {
    const text = `\n${captureLines(3)}\r\n${JSON.stringify(snapshot(3)).slice(0, -10)}\n\n`;
    const path = await writeCapture(dir, 'c.json', text);
    const { capture, snapshots } = await readAll(path);
    assert.equal(snapshots.length, 3);
    assert.equal(capture.skippedLines, 1);
  });
});

test('a complete last line without a line feed is read', async () => {
  await withTempDir(async (dir) => {
    const path = await writeCapture(dir, 'c.json', captureLines(3).trimEnd());
    const { capture, snapshots } = await readAll(path);
    assert.equal(snapshots.length, 3);
    assert.equal(capture.skippedLines, 0);
  });
});

test('a malformed line in the middle is an error naming the file and the line', async () => {
  await withTempDir(async (dir) => {
    const lines = captureLines(5).split('\n');
    lines[3] = '{"time": 1, oops';
    const path = await writeCapture(dir, 'c.json', lines.join('\n'));
    await assert.rejects(readAll(path), (error: Error) => {
      assert.ok(error instanceof CaptureError);
      assert.match(error.message, /c\.json, line 4: malformed JSON/);
      return true;
    });
  });
});

test('a line that is JSON but not a snapshot is an error naming the line', async () => {
  await withTempDir(async (dir) => {
    const lines = captureLines(3).split('\n');
    lines[2] = '{"stat": 5}';
    const path = await writeCapture(dir, 'c.json', lines.join('\n'));
    await assert.rejects(readAll(path), /c\.json, line 3: snapshot has no numeric "time"/);
  });
});

/** Gzip whose compressed data is overwritten in the middle. */
function corruptGzip(): Buffer {
  const gzip = gzipSync(captureLines(3));
  gzip.fill(0xff, 20, 60);
  return gzip;
}

test('missing, empty, directory, foreign and too-new files are clear errors', async () => {
  await withTempDir(async (dir) => {
    const cases: [string, string | Buffer | undefined, RegExp][] = [
      ['missing.json', undefined, /missing\.json: no such file or directory/],
      ['empty.json', '', /empty\.json: empty file, not a capture/],
      ['blank.json', '\n  \n', /blank\.json: empty file, not a capture/],
      ['text.json', 'hello\n', /text\.json: not a capture file \(line 1 is not JSON\)/],
      ['other.json', '{"a":1}\n', /other\.json: not a capture file \(no "perfanalysis-capture" header\)/],
      ['object.json', '[1, 2]', /object\.json: not a capture file \(no "perfanalysis-capture" header\)/],
      ['broken.json', '[{"format":', /broken\.json: not valid JSON/],
      ['new.json', `${JSON.stringify({ ...HEADER, version: 99 })}\n`, /format version 99 is not supported/],
      ['corrupt.json.gz', corruptGzip(), /corrupt\.json\.gz: corrupt gzip data/],
    ];
    for (const [name, content, message] of cases) {
      const path = content === undefined ? join(dir, name) : await writeCapture(dir, name, content);
      await assert.rejects(openCapture(path), (error: Error) => {
        assert.ok(error instanceof CaptureError, name);
        assert.match(error.message, message);
        return true;
      });
    }
    await mkdir(join(dir, 'sub'));
    await assert.rejects(openCapture(join(dir, 'sub')), /sub: is a directory/);
  });
});

test('a capture with a header and no snapshots yields none', async () => {
  await withTempDir(async (dir) => {
    const path = await writeCapture(dir, 'c.json', JSON.stringify(HEADER));
    const { capture, snapshots } = await readAll(path);
    assert.equal(capture.header.agent, 'pcc/0.1.0');
    assert.deepEqual(snapshots, []);
  });
});

test('large files are streamed in chunks and read completely', async () => {
  await withTempDir(async (dir) => {
    const count = 3000;
    const path = await writeCapture(dir, 'c.json.gz', gzipSync(captureLines(count)));
    const { snapshots } = await readAll(path);
    assert.equal(snapshots.length, count);
    assert.equal(snapshots.at(-1)?.time, snapshot(count - 1).time);
  });
});
