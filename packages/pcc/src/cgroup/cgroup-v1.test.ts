import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBlkioStat } from './blkio.js';
import { runcV1 } from './cgroup-tree.test-support.js';
import { parseCpuacctStat, parseCpuacctUsage } from './cpuacct.js';
import { parseMemoryLimitV1, parseMemoryStatV1 } from './memory-v1.js';

test('cpuacct.usage (EXPECTED D): nanoseconds to whole microseconds, exact past 2^53', () => {
  assert.equal(parseCpuacctUsage(runcV1('cpuacct', 'cpuacct.usage')), 12262454190222);
  assert.throws(() => parseCpuacctUsage(''), /not a number/);
});

test('cpuacct.stat (EXPECTED D): user and system ticks at USER_HZ 100, as microseconds', () => {
  assert.deepEqual(parseCpuacctStat(runcV1('cpuacct', 'cpuacct.stat')), [4522782640000, 2914296640000]);
  assert.deepEqual(parseCpuacctStat('system 5\n'), [0, 50000]);
});

test('blkio throttle files (EXPECTED D): Read and Write summed over the devices, Sync/Async/Total ignored', () => {
  assert.deepEqual(parseBlkioStat(runcV1('blkio', 'blkio.throttle.io_service_bytes')), [22061056, 46]);
  assert.deepEqual(parseBlkioStat(runcV1('blkio', 'blkio.throttle.io_serviced')), [328, 46]);
  assert.deepEqual(parseBlkioStat('Total 0\n'), [0, 0]);
});

test('memory.stat v1 (EXPECTED D): rss is anon, cache is file; the hierarchical total_ values win', () => {
  assert.deepEqual(parseMemoryStatV1(runcV1('memory', 'memory.stat')), { anon: 1024, file: 512 });
  const kernel =
    'cache 4096\nrss 8192\nrss_huge 0\nshmem 0\nmapped_file 1024\ndirty 0\nwriteback 0\npgpgin 10\n' +
    'inactive_anon 0\nactive_anon 8192\ninactive_file 3072\nactive_file 1024\nunevictable 0\n' +
    'hierarchical_memory_limit 9223372036854771712\ntotal_cache 40960\ntotal_rss 81920\ntotal_shmem 0\n' +
    'total_mapped_file 10240\ntotal_inactive_file 30720\ntotal_active_file 10240\n';
  assert.deepEqual(parseMemoryStatV1(kernel), {
    anon: 81920,
    file: 40960,
    shmem: 0,
    file_mapped: 10240,
    inactive_file: 30720,
    active_file: 10240,
  });
});

test('memory.limit_in_bytes (EXPECTED D): bytes; the kernel\'s "no limit" reads null', () => {
  assert.equal(parseMemoryLimitV1(runcV1('memory', 'memory.limit_in_bytes')), 8192);
  assert.equal(parseMemoryLimitV1('9223372036854771712\n'), null);
  assert.equal(parseMemoryLimitV1('9223372036854710272\n'), null, '64 KiB pages (arm64, ppc64le)');
});
