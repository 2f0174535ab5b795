import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSample, type RawSnapshot } from '@perfanalysis/shared';
import { SnapshotReader } from '../snapshot-reader.js';
import {
  containerFiles,
  cpuStat,
  DOCKER_ID,
  FakeHost,
  HOST_NET_ID,
  netDev,
  PODMAN_ID,
  typicalHost,
  v1Host,
} from './cgroup-tree.test-support.js';
import { startDockerApi } from './docker-api.test-support.js';

const MB = 1024 * 1024;

/** A reader of the fake host whose names come from the test API (DOCKER_HOST) and never from a real docker. */
function readerFor(
  host: FakeHost,
  dockerHost: string,
  warnings: string[] = [],
  dockerCommand = `${host.dir}/no-docker`,
): SnapshotReader {
  return new SnapshotReader({
    procfs: host.procfs,
    sysfs: host.sysfs,
    onWarning: (message) => warnings.push(message),
    containers: { dockerHost, dockerCommand },
  });
}

/** The snapshot with its clocks set, so that rates are exact. */
const at = (snapshot: RawSnapshot, seconds: number): RawSnapshot => ({
  ...snapshot,
  time: seconds * 1000,
  mono: seconds * 1000,
});

test('docker and podman containers with their counters and names; the plain service is not reported', async () => {
  const host = typicalHost();
  const api = await startDockerApi(host.dir, [
    { id: DOCKER_ID, names: ['/web'] },
    { id: HOST_NET_ID, names: ['/node-exporter'] },
  ]);
  const reader = readerFor(host, `unix://${api.socketPath}`);
  try {
    await reader.ready();
    const containers = reader.read().containers ?? {};
    assert.deepEqual(Object.keys(containers), [PODMAN_ID, DOCKER_ID, HOST_NET_ID]);
    const web = containers[DOCKER_ID];
    assert.deepEqual(web, {
      name: 'web',
      runtime: 'docker',
      cgroup: `/system.slice/docker-${DOCKER_ID}.scope`,
      cpu: [1_000_000, 600_000, 400_000],
      memory_current: 104857600,
      memory_max: null,
      memory_stat: {
        anon: 62914560,
        file: 31457280,
        kernel: 4194304,
        shmem: 0,
        file_mapped: 8388608,
        inactive_file: 10485760,
        active_file: 20971520,
      },
      // runc's io.stat (EXPECTED C), summed over its three devices.
      io: [13815480320, 28491072000, 527913, 493517],
      pids: 2,
      // eth0 only: lo is left out.
      net: [5000, 50, 1, 2, 0, 0, 0, 0, 8000, 80, 3, 4, 0, 0, 0, 0],
    });
    // The API does not know the podman container: it is named by its short id.
    const podman = containers[PODMAN_ID];
    assert.equal(podman?.name, PODMAN_ID.slice(0, 12));
    assert.equal(podman?.runtime, 'podman');
    assert.equal(podman?.memory_current, 2048);
    assert.equal(podman?.memory_max, 4096);
    assert.deepEqual(podman?.net, [100, 1, 1, 2, 0, 0, 0, 0, 200, 2, 3, 4, 0, 0, 0, 0]);
    // --network host: its process sees the host's interfaces, which are not the container's traffic.
    assert.equal(containers[HOST_NET_ID]?.name, 'node-exporter');
    assert.equal(containers[HOST_NET_ID]?.net, undefined);
    assert.ok(!JSON.stringify(containers).includes('nginx'));
    assert.deepEqual(api.requests, ['GET /containers/json']);
  } finally {
    reader.close();
    await api.close();
    host.cleanup();
  }
});

test('derived container metrics from two readings: CPU, block I/O and network rates, memory', async () => {
  const host = typicalHost();
  const api = await startDockerApi(host.dir, [{ id: DOCKER_ID, names: ['/web'] }]);
  const reader = readerFor(host, `unix://${api.socketPath}`);
  try {
    await reader.ready();
    const first = at(reader.read(), 10);
    const path = `system.slice/docker-${DOCKER_ID}.scope`;
    // In 2 s: 1.5 s of CPU (75% of one core), 4 MiB read in 20 reads, 10 KB in and 5 KB out on eth0.
    host.write(path, 'cpu.stat', cpuStat(2_500_000, 1_500_000, 1_000_000));
    host.write(
      path,
      'io.stat',
      '8:0 rbytes=4194304 wbytes=0 rios=20 wios=0 dbytes=0 dios=0\n' +
        '254:1 rbytes=13815480320 wbytes=28491072000 rios=527913 wios=493517 dbytes=0 dios=0\n',
    );
    host.write(path, 'memory.max', `${512 * MB}\n`);
    host.netDev(4242, netDev(15_000, 60, 13_000, 85));
    const second = at(reader.read(), 12);
    const row = deriveSample(first, second)?.containers.find((c) => c.container_id === DOCKER_ID);
    assert.deepEqual(row, {
      container_id: DOCKER_ID,
      container_name: 'web',
      cpu_percent: 75,
      mem_usage_mb: 100,
      mem_limit_mb: 512,
      mem_rss_mb: 60,
      mem_cache_mb: 30,
      mem_working_set_mb: 90,
      blk_read_bytes: 2 * MB,
      blk_write_bytes: 0,
      blk_read_ops: 10,
      blk_write_ops: 0,
      net_rx_bytes: 5000,
      net_tx_bytes: 2500,
      net_rx_packets: 5,
      net_tx_packets: 2.5,
      net_rx_errors: 0,
      net_tx_errors: 0,
      net_rx_drops: 0,
      net_tx_drops: 0,
      pids: 2,
    });
    const podman = deriveSample(first, second)?.containers.find((c) => c.container_id === PODMAN_ID);
    assert.equal(podman?.mem_working_set_mb, 0, 'EXPECTED C: usage below inactive_file clamps at 0');
    assert.equal(podman?.mem_limit_mb, 0);
  } finally {
    reader.close();
    await api.close();
    host.cleanup();
  }
});

test('no Docker socket and no docker command: names fall back to the short id, with one warning', async () => {
  const host = typicalHost();
  const warnings: string[] = [];
  const reader = readerFor(host, `unix://${host.dir}/absent.sock`, warnings);
  try {
    await reader.ready();
    const containers = reader.read().containers ?? {};
    assert.equal(containers[DOCKER_ID]?.name, DOCKER_ID.slice(0, 12));
    // The fake procfs has no /proc/stat and so on: only the warnings about containers matter here.
    const about = warnings.filter((w) => w.startsWith('container'));
    assert.equal(about.length, 1, about.join('\n'));
    assert.match(
      about[0] ?? '',
      /^container names not found \(unix:\/\/.*absent\.sock: ENOENT; .*no-docker ps: /,
    );
  } finally {
    reader.close();
    host.cleanup();
  }
});

test('a container that starts is found at the next scan, and named then; one that stops is dropped', async () => {
  const host = new FakeHost();
  host.cgroup('system.slice/nginx.service', containerFiles([900]));
  const api = await startDockerApi(host.dir, []);
  const reader = readerFor(host, `unix://${api.socketPath}`);
  try {
    await reader.ready();
    assert.equal(reader.read().containers, undefined, 'no section without containers');
    assert.deepEqual(api.requests, [], 'no container, no lookup');

    api.containers = [{ id: DOCKER_ID, names: ['/web'] }];
    host.cgroup(`system.slice/docker-${DOCKER_ID}.scope`, containerFiles([4242]));
    host.process(4242, netDev(1, 1, 1, 1), 'net:[4026532301]');
    await reader.rescanContainers();
    assert.equal(reader.read().containers?.[DOCKER_ID]?.name, 'web');

    host.remove(`system.slice/docker-${DOCKER_ID}.scope`);
    await reader.rescanContainers();
    assert.equal(reader.read().containers, undefined);
  } finally {
    reader.close();
    await api.close();
    host.cleanup();
  }
});

test('without a cgroup hierarchy (v2 or a v1 controller), or with containers turned off, there is no containers section', async () => {
  const v1 = new FakeHost(false);
  v1.cgroup(`docker/${DOCKER_ID}`, containerFiles([4242]));
  const typical = typicalHost();
  const readers = [
    readerFor(v1, 'unix:///nonexistent'),
    new SnapshotReader({ procfs: typical.procfs, sysfs: typical.sysfs, containers: false }),
  ];
  try {
    for (const reader of readers) {
      await reader.ready();
      assert.equal(reader.read().containers, undefined);
    }
  } finally {
    for (const reader of readers) reader.close();
    v1.cleanup();
    typical.cleanup();
  }
});

test("docker's cgroupfs driver (/docker/<id>) is found too", async () => {
  const host = new FakeHost();
  host.cgroup('docker');
  host.cgroup(`docker/${DOCKER_ID}`, containerFiles([4242]));
  host.process(4242, netDev(1, 1, 1, 1), 'net:[4026532301]');
  const reader = readerFor(host, 'unix:///nonexistent');
  try {
    await reader.ready();
    assert.equal(reader.read().containers?.[DOCKER_ID]?.cgroup, `/docker/${DOCKER_ID}`);
  } finally {
    reader.close();
    host.cleanup();
  }
});

test('cgroup v1 (hybrid) host: the container is found in the memory hierarchy and read from all four (EXPECTED D)', async () => {
  const host = v1Host();
  const api = await startDockerApi(host.dir, [{ id: DOCKER_ID, names: ['/web'] }]);
  const reader = readerFor(host, `unix://${api.socketPath}`);
  try {
    await reader.ready();
    const first = at(reader.read(), 10);
    assert.deepEqual(first.containers?.[DOCKER_ID], {
      name: 'web',
      runtime: 'docker',
      cgroup: `/docker/${DOCKER_ID}`,
      cpu: [12262454190222, 4522782640000, 2914296640000],
      memory_current: 2048,
      memory_max: 8192,
      memory_stat: { anon: 1024, file: 512 },
      io: [22061056, 46, 328, 46],
      pids: 1337,
      net: [5000, 50, 1, 2, 0, 0, 0, 0, 8000, 80, 3, 4, 0, 0, 0, 0],
    });
    // In 2 s: 0.5 s more CPU in cpuacct (through the cpu,cpuacct link), 1 MiB more read by 8:0.
    const path = `docker/${DOCKER_ID}`;
    host.write(`cpu,cpuacct/${path}`, 'cpuacct.usage', String(12262454190222160 + 500_000_000));
    host.write(
      `blkio/${path}`,
      'blkio.throttle.io_service_bytes',
      `8:0 Read ${22061056 + MB}\n8:0 Write 46\nTotal 0\n`,
    );
    host.write(`memory/${path}`, 'memory.limit_in_bytes', '9223372036854771712\n');
    const second = at(reader.read(), 12);
    const row = deriveSample(first, second)?.containers.find((c) => c.container_id === DOCKER_ID);
    assert.equal(row?.cpu_percent, 25);
    assert.equal(row?.blk_read_bytes, MB / 2);
    assert.equal(row?.mem_limit_mb, null);
    assert.equal(row?.mem_rss_mb, 0);
    assert.equal(row?.pids, 1337);
  } finally {
    reader.close();
    await api.close();
    host.cleanup();
  }
});
