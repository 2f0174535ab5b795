import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { percentileOfSorted } from '@perfanalysis/shared';
import { seededRandom } from '../test-support/sample-fixture.test-support.js';
import {
  decodeSketches,
  EMPTY_SKETCH,
  encodeSketches,
  MAX_CODE,
  type MetricSketch,
  mergeSketch,
  SKETCH_RELATIVE_ACCURACY,
  SketchAccumulator,
  SketchBuilder,
  sketchCode,
  sketchValue,
} from './quantile-sketch.js';

const sketchOf = (values: readonly number[]): MetricSketch => {
  const builder = new SketchBuilder();
  for (const v of values) builder.add(v);
  return builder.take();
};

const relativeError = (estimate: number, exact: number): number =>
  exact === 0 ? Math.abs(estimate) : Math.abs(estimate - exact) / Math.abs(exact);

describe('quantile sketch', () => {
  test('codes sort as values do, 0 stands for zero, and each value is within α of its code’s value', () => {
    const random = seededRandom(3);
    const values = [0, 1e-12, -1e-12, 1e-9, 0.01, 1, 99.99, 1e9, 1e17, -0.01, -5, -1e9];
    for (let i = 0; i < 2000; i += 1) values.push((random() - 0.5) * 10 ** Math.floor(random() * 24 - 8));
    values.sort((a, b) => a - b);
    for (let i = 1; i < values.length; i += 1) {
      assert.ok(sketchCode(values[i - 1] as number) <= sketchCode(values[i] as number));
    }
    assert.equal(sketchCode(0), 0);
    assert.equal(sketchCode(1e-12), 0);
    for (const v of values) {
      assert.ok(Math.abs(sketchCode(v)) <= MAX_CODE);
      if (Math.abs(v) >= 1e-9)
        assert.ok(relativeError(sketchValue(sketchCode(v)), v) <= SKETCH_RELATIVE_ACCURACY + 1e-12);
    }
    assert.ok(SKETCH_RELATIVE_ACCURACY < 0.01);
  });

  test('a blob decodes to what was encoded, empty sketches included', () => {
    const sketches = [sketchOf([1, 2, 2, 3, -4, 0, 0, 0]), EMPTY_SKETCH, sketchOf([1e15, 1e-3])];
    const decoded = decodeSketches(encodeSketches(sketches));
    assert.equal(decoded.length, 3);
    decoded.forEach((d, i) => {
      assert.deepEqual([...d.codes], [...(sketches[i] as MetricSketch).codes]);
      assert.deepEqual([...d.counts], [...(sketches[i] as MetricSketch).counts]);
    });
    assert.throws(() => decodeSketches(new Uint8Array([9])), /version/);
  });

  test('merging is the sketch of the union', () => {
    const random = seededRandom(5);
    const a = Array.from({ length: 500 }, () => random() * 100 - 20);
    const b = Array.from({ length: 300 }, () => random() * 1e6);
    const merged = mergeSketch(sketchOf(a), sketchOf(b));
    const union = sketchOf([...a, ...b]);
    assert.deepEqual([...merged.codes], [...union.codes]);
    assert.deepEqual([...merged.counts], [...union.counts]);
  });

  test('a blob of parts one after the other reads as their merge', () => {
    const a = [sketchOf([1, 2, 3]), sketchOf([-1])];
    const b = [sketchOf([3, 4]), EMPTY_SKETCH];
    const ea = encodeSketches(a);
    const eb = encodeSketches(b);
    const both = new Uint8Array(ea.length + eb.length);
    both.set(ea);
    both.set(eb, ea.length);
    const merged = decodeSketches(both);
    assert.deepEqual(merged[0], mergeSketch(a[0] as MetricSketch, b[0] as MetricSketch));
    assert.deepEqual(merged[1], a[1]);
    const acc = new SketchAccumulator(2);
    acc.addBlob(both);
    assert.equal(acc.count(0), 5);
    assert.deepEqual(acc.sketches(), merged);
  });

  test("quantiles are within α of percentile_cont's, and the extremes exact", () => {
    const random = seededRandom(7);
    const distributions: Record<string, () => number> = {
      uniform: () => random() * 100,
      bimodal: () => (random() < 0.6 ? 10 + random() : 80 + 5 * random()),
      constant: () => 42,
      zeros: () => (random() < 0.97 ? 0 : random() * 5),
      spikes: () => (random() < 0.001 ? 1e9 : 1000 + random()),
      negatives: () => -1 - 99 * random(),
      heavy: () => Math.exp(10 + 4 * random()),
    };
    const ps = [0, 0.5, 0.9, 0.95, 0.99, 1];
    for (const [name, draw] of Object.entries(distributions)) {
      const values = Array.from({ length: 20_000 }, () => Math.round(draw() * 100) / 100);
      const acc = new SketchAccumulator(1);
      const half = encodeSketches([sketchOf(values.slice(0, 10_000))]);
      acc.addBlob(half);
      for (const v of values.slice(10_000)) acc.addValue(0, v);
      const sorted = [...values].sort((x, y) => x - y);
      const min = sorted[0] as number;
      const max = sorted.at(-1) as number;
      const estimates = acc.quantiles(0, ps, min, max);
      assert.equal(acc.count(0), values.length);
      ps.forEach((p, i) => {
        const exact = percentileOfSorted(sorted, p * 100);
        const error = relativeError(estimates[i] as number, exact);
        assert.ok(
          error <= SKETCH_RELATIVE_ACCURACY + 1e-12,
          `${name} p${p * 100}: ${estimates[i]} vs ${exact}`,
        );
      });
      assert.equal(estimates[0], min);
      assert.equal(estimates.at(-1), max);
    }
  });

  test('no values: NaN', () => {
    const acc = new SketchAccumulator(2);
    acc.addValue(1, Number.NaN);
    assert.deepEqual(acc.quantiles(1, [0.5]), [Number.NaN]);
    assert.equal(acc.count(1), 0);
  });
});
