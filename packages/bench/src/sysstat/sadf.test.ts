import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSadf } from './sadf.js';

/** Trimmed from `sadf -d -U -- -u ALL -b -d -p -n DEV` on a Debian 12 VM (sysstat 12.6.1). */
const OUTPUT = `# hostname;interval;timestamp;CPU;%usr;%nice;%sys;%iowait;%steal;%irq;%soft;%guest;%gnice;%idle
vm;1;1795430994;-1;12.63;0.00;2.02;0.50;0.00;0.00;0.10;0.00;0.00;84.75
vm;1;1795430995;-1;4.57;0.00;2.54;0.00;0.00;0.00;0.00;0.00;0.00;92.89
# hostname;interval;timestamp;tps;rtps;wtps;dtps;bread/s;bwrtn/s;bdscd/s
vm;1;1795430994;95.00;55.00;40.00;0.00;2424.00;1184.00;0.00
# hostname;interval;timestamp;DEV;tps;rkB/s;wkB/s;dkB/s;areq-sz;aqu-sz;await;%util
vm;1;1795430994;vda;95.00;1212.00;592.00;0.00;18.99;0.04;0.38;0.40
# hostname;interval;timestamp;IFACE;rxpck/s;txpck/s;rxkB/s;txkB/s;rxcmp/s;txcmp/s;rxmcst/s;%ifutil
vm;1;1795430994;lo;10.00;10.00;2.50;2.50;0.00;0.00;0.00;0.00
vm;1;1795430994;eth0;3.00;1.00;0.25;0.10;0.00;0.00;0.00;0.00
`;

test('parseSadf keys CPU figures by field and interval end', () => {
  const series = parseSadf(OUTPUT);
  assert.deepEqual(
    [...(series.get('cpu.user') ?? [])],
    [
      [1795430994, 12.63],
      [1795430995, 4.57],
    ],
  );
  assert.equal(series.get('cpu.softirq')?.get(1795430994), 0.1);
  assert.equal(series.get('cpu.idle')?.get(1795430995), 92.89);
});

test('parseSadf turns blocks and kB into bytes, and keeps read and write operations apart', () => {
  const series = parseSadf(OUTPUT);
  assert.equal(series.get('total.disk_read_bytes')?.get(1795430994), 2424 * 512);
  assert.equal(series.get('total.disk_write_ops')?.get(1795430994), 40);
  assert.equal(series.get('disk.vda.write_bytes')?.get(1795430994), 592 * 1024);
  assert.equal(series.get('net.lo.rx_bytes')?.get(1795430994), 2.5 * 1024);
  assert.equal(series.get('net.eth0.tx_packets')?.get(1795430994), 1);
});

test('parseSadf refuses a record that does not fit its header', () => {
  assert.throws(
    () => parseSadf('# hostname;interval;timestamp;CPU;%usr\nvm;1;1795430994;-1\n'),
    /does not fit/,
  );
});
