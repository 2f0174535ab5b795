import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utilisationCsv } from './utilisation-csv.js';

test('the utilisation CSV is rounded to three decimals; big numbers stay whole, gaps empty', () => {
  const csv = utilisationCsv([
    {
      metric: 'cpu_user',
      description: '',
      unit: '%',
      count: 3,
      p50: 41.300000000000004,
      p90: 55.123456,
      p95: null,
      p99: 60,
      mean: 1 / 3,
      max: 61.9996,
      min: 0.0004,
    },
    {
      metric: 'disk_read_bytes',
      description: '',
      unit: 'B/s',
      count: 3,
      p50: 123456789,
      p90: 123456789,
      p95: 123456789,
      p99: 123456789,
      mean: 123456789.12345,
      max: 123456789,
      min: 0,
    },
  ]);
  assert.equal(
    csv,
    'metric,unit,count,p50,p90,p95,p99,mean,max,min\n' +
      'cpu_user,%,3,41.3,55.123,,60,0.333,62,0\n' +
      'disk_read_bytes,B/s,3,123456789,123456789,123456789,123456789,123456789.123,123456789,0\n',
  );
});
