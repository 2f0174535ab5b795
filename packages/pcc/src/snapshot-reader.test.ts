import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixturePath } from './procfs/fixtures.test-support.js';
import { SnapshotReader } from './snapshot-reader.js';

test('reads every section from a procfs root', () => {
  const reader = new SnapshotReader({
    procfs: fixturePath('procfs', 'proc'),
    sysfs: fixturePath('procfs', 'sys'),
  });
  const snapshot = reader.read();
  reader.close();
  assert.equal(snapshot.stat?.cpu[0], 301854);
  assert.equal(snapshot.meminfo?.MemTotal, 15666184);
  assert.deepEqual(snapshot.loadavg, [0.02, 0.04, 0.05]);
  assert.equal(snapshot.diskstats?.sda?.[4], 28444756);
  assert.equal(snapshot.netdev?.eth0?.[0], 874354587);
  assert.ok(snapshot.time > 0 && snapshot.mono !== undefined);
});

test('a kernel that lacks a file gets one warning, and the rest is still collected', () => {
  const warnings: string[] = [];
  const reader = new SnapshotReader({
    procfs: fixturePath('node_exporter', 'collector', 'fixtures', 'proc'),
    sysfs: '/nonexistent',
    onWarning: (message) => warnings.push(message),
  });
  const first = reader.read();
  reader.read();
  reader.close();
  // node_exporter's fixture tree has neither net/dev nor a self/mountinfo.
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.match(warnings[0] ?? '', /^netdev not collected: cannot read .*net\/dev/);
  assert.match(warnings[1] ?? '', /^filesystems not collected: cannot read .*self\/mountinfo/);
  assert.equal(first.netdev, undefined);
  assert.equal(first.stat?.procs_running, 2);
  assert.equal(first.temperatures, undefined);
});
