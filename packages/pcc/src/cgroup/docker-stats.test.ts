import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type ContainerCounters, DEFAULT_DEVICE_FILTERS, deriveSample } from '@perfanalysis/shared';
import { ContainerCollector } from './container-collector.js';
import { DockerStatsCounters, parseDockerSize, parseDockerStats } from './docker-stats.js';

/** `docker stats nginx --no-stream --format "{{ json . }}"` as docker/cli's reference documentation shows it. */
const RECORDED = fileURLToText('../../testdata/docker_stats/no-stream-json.txt');

function fileURLToText(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}

test("docker stats' JSON lines: binary sizes for memory, decimal ones for I/O", () => {
  assert.deepEqual(parseDockerStats(RECORDED), [
    {
      id: 'ed37317fbf42',
      name: 'nginx',
      cpuPercent: 0.03,
      memory: [Math.round(2.352 * 2 ** 20), Math.round(982.5 * 2 ** 20)],
      net: [539_000, 606_000],
      block: [0, 13_300],
      pids: 2,
    },
  ]);
  assert.equal(parseDockerSize('1.952GiB'), Math.round(1.952 * 2 ** 30));
  assert.equal(parseDockerSize('916B'), 916);
  assert.equal(parseDockerSize('--'), undefined);
  assert.equal(parseDockerSize('12 parsecs'), undefined);
  assert.deepEqual(parseDockerStats('not json\n{"CPUPerc":"1%"}\n\n'), [], 'no JSON, no ID: left out');
});

/** The containers of the interval between two readings, as pcprocess and the server derive them. */
function derive(
  before: Record<string, ContainerCounters>,
  after: Record<string, ContainerCounters>,
  fromMs: number,
  toMs: number,
) {
  const snapshot = (containers: Record<string, ContainerCounters>, ms: number) => ({
    time: ms,
    mono: ms,
    containers,
  });
  return (
    deriveSample(snapshot(before, fromMs), snapshot(after, toMs), DEFAULT_DEVICE_FILTERS)?.containers ?? []
  );
}

test("the CPU counter grows at docker's last CPUPerc, so the derived CPU is docker's", () => {
  const counters = new DockerStatsCounters();
  const [row] = parseDockerStats(RECORDED);
  assert.ok(row);
  counters.update([{ ...row, cpuPercent: 50 }], 0);
  const t1 = counters.read(1000) ?? {};
  counters.update([{ ...row, cpuPercent: 150 }], 2000);
  const t2 = counters.read(2000) ?? {};
  const t3 = counters.read(4000) ?? {};
  assert.equal(derive(t1, t2, 1000, 2000)[0]?.cpu_percent, 50);
  assert.equal(derive(t2, t3, 2000, 4000)[0]?.cpu_percent, 150);
  const [nginx] = derive(t2, t3, 2000, 4000);
  assert.equal(nginx?.container_name, 'nginx');
  assert.equal(nginx?.mem_usage_mb, 2.35);
  assert.equal(nginx?.mem_limit_mb, 982.5);
  assert.equal(nginx?.pids, 2);
  assert.equal(t3.ed37317fbf42?.runtime, 'docker');
});

test('where no cgroup hierarchy can be read, containers come from docker stats; without docker, one note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-docker-stats-'));
  try {
    // A docker command that answers as the recorded one did, and checks that it was asked the fallback's way.
    const docker = join(dir, 'docker');
    writeFileSync(
      docker,
      `#!/bin/sh\n[ "$*" = "stats --no-stream --no-trunc --format {{json .}}" ] || { echo "unexpected: $*" >&2; exit 2; }\ncat '${join(dir, 'answer')}'\n`,
    );
    chmodSync(docker, 0o755);
    writeFileSync(join(dir, 'answer'), RECORDED);
    const paths = { procfs: join(dir, 'proc'), sysfs: join(dir, 'sys') };
    const warnings: string[] = [];
    const withDocker = new ContainerCollector(paths, { dockerCommand: docker, lookups: [] }, (m) =>
      warnings.push(m),
    );
    try {
      await withDocker.ready(10_000);
      const containers = withDocker.read() ?? {};
      assert.deepEqual(Object.keys(containers), ['ed37317fbf42']);
      assert.equal(containers.ed37317fbf42?.name, 'nginx');
      assert.equal(containers.ed37317fbf42?.memory_current, Math.round(2.352 * 2 ** 20));
      assert.equal(warnings.length, 0, warnings.join('\n'));
    } finally {
      withDocker.close();
    }

    const absent = join(dir, 'no-docker');
    const without = new ContainerCollector(paths, { dockerCommand: absent, lookups: [] }, (m) =>
      warnings.push(m),
    );
    try {
      await without.ready(10_000);
      assert.equal(without.read(), undefined);
      assert.deepEqual(warnings, [
        `no cgroup v1 or v2 hierarchy can be read and there is no ${absent} command for docker stats: containers are not sampled`,
      ]);
    } finally {
      without.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
