import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_CSV_COLUMNS, SEED_HOST_CSV_COLUMN_COUNT } from './columns.js';
import { csvField, csvLine } from './csv.js';

test("host.csv starts with the seed's 19 columns, in its order", () => {
  assert.equal(SEED_HOST_CSV_COLUMN_COUNT, 19);
  assert.deepEqual(HOST_CSV_COLUMNS.slice(0, 19), [
    'timestamp',
    'cpu_user',
    'cpu_system',
    'cpu_iowait',
    'cpu_idle',
    'cpu_steal',
    'mem_total',
    'mem_used',
    'mem_available',
    'mem_buffers',
    'mem_cached',
    'disk_read_bytes',
    'disk_write_bytes',
    'disk_read_ops',
    'disk_write_ops',
    'net_rx_bytes',
    'net_tx_bytes',
    'net_rx_packets',
    'net_tx_packets',
  ]);
  assert.equal(new Set(HOST_CSV_COLUMNS).size, HOST_CSV_COLUMNS.length);
});

test('fields are quoted only when they must be', () => {
  assert.equal(csvField('/mnt/my disk'), '/mnt/my disk');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvLine(['x', 1.5, null]), 'x,1.5,\n');
});
