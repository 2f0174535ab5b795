import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal } from './decimal.js';

const parse = (text: string) => parseDecimal(text, 0, text.length);

test('plain decimals come out exactly as Number reads them', () => {
  const cases = ['0', '-0', '+7', '12.5', '-3.25', '.5', '5.', '0.1', '0.3', '99.99', '123456789012345'];
  cases.push('4503599627370.497', '0.000000000000001', '1234567.891', '00012.50');
  for (const text of cases) assert.ok(Object.is(parse(text), Number(text)), text);
  // A million pseudo-random decimals of up to 15 digits, every split of integer and fraction.
  let seed = 1;
  for (let i = 0; i < 1_000_000; i += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const digits = String(seed * 1000 + (i % 1000)).slice(0, 1 + (i % 15));
    const point = i % (digits.length + 1);
    const text = `${i % 3 === 0 ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`;
    assert.ok(Object.is(parse(text), Number(text)), text);
  }
});

test('anything else is read as Number reads it', () => {
  for (const text of [
    '1e3',
    '-2.5E-3',
    '1234567890123456789',
    '0x10',
    ' 4 ',
    'abc',
    '.',
    '-',
    '1.2.3',
    'NaN',
  ]) {
    assert.ok(Object.is(parse(text), Number(text)), text);
  }
});

test('only the slice is read', () => {
  assert.equal(parseDecimal('x,12.5,y', 2, 6), 12.5);
});
