import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCsv, readPcprocessOutput } from './pcprocess-output.js';

test('parseCsv maps each row by the header, and refuses quoted fields', () => {
  assert.deepEqual(parseCsv('a,b\n1,x\n2,y\n'), [
    { a: '1', b: 'x' },
    { a: '2', b: 'y' },
  ]);
  assert.throws(() => parseCsv('a\n"x,y"\n'), /quoted/);
});

test('readPcprocessOutput keys host, disk and network figures like the sysstat side', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perfanalysis-bench-test-'));
  try {
    const t = '2026-11-23T10:00:01.000Z';
    const second = Date.parse(t) / 1000;
    const host = [
      'cpu_user,cpu_nice,cpu_system,cpu_iowait,cpu_steal,cpu_irq,cpu_softirq,cpu_idle',
      'disk_read_bytes,disk_write_bytes,disk_read_ops,disk_write_ops',
    ].join(',');
    writeFileSync(join(dir, 'host.csv'), `timestamp,${host}\n${t},10,0,5,1,0,0,0.5,83.5,4096,8192,1,2\n`);
    writeFileSync(join(dir, 'disks.csv'), `timestamp,device,read_bytes,write_bytes\n${t},vda,4096,8192\n`);
    writeFileSync(
      join(dir, 'networks.csv'),
      `timestamp,iface,rx_bytes,tx_bytes,rx_packets,tx_packets\n${t},lo,100,100,2,2\n`,
    );
    const series = readPcprocessOutput(dir);
    assert.equal(series.get('cpu.user')?.get(second), 10);
    assert.equal(series.get('cpu.idle')?.get(second), 83.5);
    assert.equal(series.get('total.disk_write_ops')?.get(second), 2);
    assert.equal(series.get('disk.vda.write_bytes')?.get(second), 8192);
    assert.equal(series.get('net.lo.rx_packets')?.get(second), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
