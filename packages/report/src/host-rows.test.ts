import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHUNK_ROWS, RowChunk } from './host-rows.js';

test('a chunk hands every row to its sink once, in order, in chunks of CHUNK_ROWS and the rest at the end', () => {
  const seen: number[] = [];
  const sizes: number[] = [];
  const chunk = new RowChunk({
    add(times, values, rows) {
      sizes.push(rows);
      for (let i = 0; i < rows; i += 1) {
        seen.push(times[i] as number);
        assert.equal(values[i * chunk.metrics + 3], (times[i] as number) * 2);
      }
    },
  });
  const total = 2 * CHUNK_ROWS + 5;
  for (let k = 0; k < total; k += 1) {
    const i = chunk.next();
    chunk.times[i] = k;
    chunk.values[i * chunk.metrics + 3] = k * 2;
  }
  chunk.flush();
  chunk.flush();
  assert.deepEqual(sizes, [CHUNK_ROWS, CHUNK_ROWS, 5]);
  assert.deepEqual(
    seen,
    Array.from({ length: total }, (_, k) => k),
  );
  assert.equal(chunk.flushed, total);
});
