import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, formatNumber } from '@perfanalysis/shared';
import { CsvSink } from './csv-sink.js';

const text = (sink: CsvSink): string => Buffer.concat(sink.take()).toString('utf8');

/** Numbers of every kind: the hundredths derivation produces, and anything else String() must write. */
function numbers(): number[] {
  const values = [
    0,
    -0,
    1,
    -1,
    0.5,
    0.05,
    -0.05,
    12.05,
    12.5,
    -0.29,
    99.99,
    100,
    1e6 + 0.01,
    2 ** 53,
    2 ** 53 / 100,
    -(2 ** 52),
    1e21,
    1e-7,
    1 / 3,
    0.1 + 0.2,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MAX_SAFE_INTEGER,
  ];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 100_000; i++) {
    values.push(Math.round((random() - 0.3) * 10 ** Math.floor(random() * 17)) / 100);
    values.push((random() - 0.5) * 10 ** Math.floor(random() * 30 - 10));
  }
  for (let digits = 0; digits < 16; digits++)
    values.push(10 ** digits, 10 ** digits - 1, 10 ** digits + 0.01);
  return values;
}

test('numbers are written exactly as formatNumber (and String) writes them', () => {
  const sink = new CsvSink();
  const values = numbers();
  for (const value of values) {
    sink.start('t');
    sink.number(value);
    sink.end();
  }
  const expected = values.map((value) => `t,${formatNumber(value)}\n`).join('');
  assert.equal(text(sink), expected);
  assert.ok(expected.length > 1 << 20, 'the rows span several buffers');
});

test('a missing value is an empty field; names are quoted as csvField quotes them, in UTF-8', () => {
  const sink = new CsvSink();
  const names = ['sda', 'a,b', 'say "hi"', 'two\nlines', 'Côre ü€𝄞', '"€,"', '', '\ud800 lone'];
  for (const name of names) {
    sink.start('2024-01-01T00:00:00.000Z');
    sink.name(name);
    sink.optional(null);
    sink.optional(1.5);
    sink.end();
  }
  const expected = names.map((name) => `2024-01-01T00:00:00.000Z,${csvField(name)},,1.5\n`).join('');
  assert.deepEqual(Buffer.concat(sink.take()), Buffer.from(expected, 'utf8'));
  assert.equal(sink.size, 0);
});

test('long rows and long names across buffers come out whole and in order', () => {
  const sink = new CsvSink();
  let expected = '';
  for (let i = 0; i < 3000; i++) {
    const name = `${'é'.repeat(i % 7 === 0 ? 200_000 : 30)}${i}`;
    sink.start(String(i));
    sink.name(name);
    sink.number(i / 100);
    sink.end();
    expected += `${i},${name},${formatNumber(i / 100)}\n`;
    if (i === 1500) {
      assert.ok(sink.full);
      const full = Buffer.concat(sink.takeFull()).toString('utf8');
      assert.ok(expected.startsWith(full));
      expected = expected.slice(full.length);
      assert.equal(sink.full, false);
    }
  }
  assert.equal(sink.size, Buffer.byteLength(expected));
  assert.equal(text(sink), expected);
});

test('moveTo copies everything written and starts afresh', () => {
  const sink = new CsvSink();
  let expected = '';
  for (let i = 0; i < 100_000; i++) {
    sink.start('x');
    sink.number(i);
    sink.end();
    expected += `x,${i}\n`;
  }
  const target = new Uint8Array(sink.size + 3);
  sink.moveTo(target, 3);
  assert.equal(Buffer.from(target.buffer, 3).toString('utf8'), expected);
  assert.equal(sink.size, 0);
  sink.start('y');
  sink.end();
  assert.equal(text(sink), 'y\n');
});
