/**
 * Test support: a fake host with a cgroup v2 tree shaped like real ones (systemd's slices, docker's and
 * podman's scopes, a plain service) and a procfs holding the processes' net/dev and network namespaces.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../procfs/fixtures.test-support.js';

export const DOCKER_ID = '3f1c9f0b4a6e2d8c7b5a49382716f5e4d3c2b1a09f8e7d6c5b4a392817f6e5d4';
export const PODMAN_ID = '9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9';
/** A docker container started with `--network host`. */
export const HOST_NET_ID = 'e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff00';

export const HOST_NETNS = 'net:[4026531840]';

/** The runc fs2 test strings (EXPECTED C). */
export const runc = (file: string): string =>
  readFileSync(fixturePath('runc_cgroup2', 'sys', 'fs', 'cgroup', 'example.slice', file), 'utf8');

/** cpu.stat as kernel 6.x writes it. */
export const cpuStat = (usage: number, user: number, system: number): string =>
  `usage_usec ${usage}\nuser_usec ${user}\nsystem_usec ${system}\ncore_sched.force_idle_usec 0\n` +
  'nr_periods 0\nnr_throttled 0\nthrottled_usec 0\nnr_bursts 0\nburst_usec 0\n';

/** A memory.stat with the keys that matter first, then a few of the many others. */
export const memoryStat = (anon: number, file: number, inactiveFile: number): string =>
  `anon ${anon}\nfile ${file}\nkernel 4194304\nkernel_stack 196608\npagetables 393216\nsock 0\n` +
  `shmem 0\nfile_mapped 8388608\nfile_dirty 0\nfile_writeback 0\nanon_thp 0\ninactive_anon ${anon}\n` +
  `active_anon 0\ninactive_file ${inactiveFile}\nactive_file ${file - inactiveFile}\nunevictable 0\n` +
  'slab_reclaimable 1048576\nslab_unreclaimable 524288\nslab 1572864\npgfault 12345\npgmajfault 12\n';

/** /proc/<pid>/net/dev of a container: lo and eth0. */
export const netDev = (rxBytes: number, rxPackets: number, txBytes: number, txPackets: number): string =>
  'Inter-|   Receive                                                |  Transmit\n' +
  ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n' +
  '    lo:    1000      10    0    0    0     0          0         0     1000      10    0    0    0     0       0          0\n' +
  `  eth0: ${rxBytes} ${rxPackets}    1    2    0     0          0         0 ${txBytes} ${txPackets}    3    4    0     0       0          0\n`;

export interface CgroupFiles {
  readonly procs: readonly number[];
  readonly files: Readonly<Record<string, string>>;
}

/** The files of a leaf cgroup with the cpu, io, memory and pids controllers. */
export function containerFiles(
  procs: readonly number[],
  over: Readonly<Record<string, string>> = {},
): CgroupFiles {
  return {
    procs,
    files: {
      'cgroup.controllers': 'cpu io memory pids\n',
      'cgroup.subtree_control': '',
      'cgroup.events': `populated ${procs.length > 0 ? 1 : 0}\nfrozen 0\n`,
      'cgroup.type': 'domain\n',
      'cpu.max': 'max 100000\n',
      'cpu.weight': '100\n',
      'cpu.stat': cpuStat(1_000_000, 600_000, 400_000),
      'memory.current': '104857600\n',
      'memory.max': 'max\n',
      'memory.high': 'max\n',
      'memory.swap.current': '0\n',
      'memory.stat': memoryStat(62914560, 31457280, 10485760),
      'memory.events': 'low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n',
      'io.stat': '',
      'io.weight': 'default 100\n',
      'pids.current': `${procs.length}\n`,
      'pids.max': 'max\n',
      ...over,
    },
  };
}

export class FakeHost {
  readonly dir = mkdtempSync(join(tmpdir(), 'pcc-cgroup-'));
  readonly procfs = join(this.dir, 'proc');
  readonly sysfs = join(this.dir, 'sys');
  readonly cgroupRoot = join(this.sysfs, 'fs', 'cgroup');

  /** An empty cgroup v2 hierarchy, and a procfs whose own network namespace is the host's. */
  constructor(unified = true) {
    mkdirSync(this.cgroupRoot, { recursive: true });
    if (unified) {
      this.write('', 'cgroup.controllers', 'cpuset cpu io memory hugetlb pids rdma misc\n');
      this.write('', 'cgroup.subtree_control', 'cpuset cpu io memory pids\n');
      this.write('', 'cpu.stat', cpuStat(98_765_432_100, 60_000_000_000, 38_765_432_100));
    }
    this.process('self', undefined, HOST_NETNS);
  }

  /** A cgroup at `path` (below the root) with its files; inner cgroups get the controller files only. */
  cgroup(path: string, content: CgroupFiles = { procs: [], files: {} }): void {
    mkdirSync(join(this.cgroupRoot, path), { recursive: true });
    this.write(path, 'cgroup.procs', content.procs.map((pid) => `${pid}\n`).join(''));
    for (const [file, text] of Object.entries(content.files)) this.write(path, file, text);
  }

  write(path: string, file: string, text: string): void {
    writeFileSync(join(this.cgroupRoot, path, file), text);
  }

  remove(path: string): void {
    rmSync(join(this.cgroupRoot, path), { recursive: true });
  }

  /** A process with its net/dev and its network namespace (a symlink such as `net:[4026532301]`). */
  process(pid: number | 'self', net: string | undefined, netns: string): void {
    mkdirSync(join(this.procfs, String(pid), 'net'), { recursive: true });
    mkdirSync(join(this.procfs, String(pid), 'ns'), { recursive: true });
    if (net !== undefined) this.netDev(pid, net);
    symlinkSync(netns, join(this.procfs, String(pid), 'ns', 'net'));
  }

  netDev(pid: number | 'self', text: string): void {
    writeFileSync(join(this.procfs, String(pid), 'net', 'dev'), text);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A systemd host running a docker container (systemd cgroup driver), a podman container (crun puts its
 * processes in a `container` sub-cgroup, conmon in a scope of its own), a docker container on the host's
 * network, and services and sessions that are not containers.
 */
export function typicalHost(): FakeHost {
  const host = new FakeHost();
  host.cgroup('init.scope', containerFiles([1]));
  host.cgroup('system.slice');
  host.cgroup('system.slice/nginx.service', containerFiles([900, 901]));
  host.cgroup('system.slice/docker.service', containerFiles([700]));
  host.cgroup('system.slice/containerd.service', containerFiles([650]));
  host.cgroup(
    `system.slice/docker-${DOCKER_ID}.scope`,
    containerFiles([4242, 4300], { 'io.stat': runc('io.stat') }),
  );
  host.cgroup(`system.slice/docker-${HOST_NET_ID}.scope`, containerFiles([6000]));
  host.cgroup('machine.slice');
  host.cgroup(`machine.slice/libpod-conmon-${PODMAN_ID}.scope`, containerFiles([5150]));
  host.cgroup(
    `machine.slice/libpod-${PODMAN_ID}.scope`,
    containerFiles([], {
      'cgroup.subtree_control': 'cpu io memory pids\n',
      'memory.current': runc('memory.current'),
      'memory.max': runc('memory.max'),
      'memory.stat': runc('memory.stat'),
      'pids.current': '1\n',
    }),
  );
  host.cgroup(`machine.slice/libpod-${PODMAN_ID}.scope/container`, containerFiles([5151]));
  host.cgroup('user.slice/user-1000.slice/session-3.scope', containerFiles([3000]));
  host.cgroup('user.slice/user-1000.slice/user@1000.service/app.slice', containerFiles([3100]));
  host.process(4242, netDev(5000, 50, 8000, 80), 'net:[4026532301]');
  host.process(4300, netDev(5000, 50, 8000, 80), 'net:[4026532301]');
  host.process(5151, netDev(100, 1, 200, 2), 'net:[4026532402]');
  host.process(6000, netDev(1, 1, 1, 1), HOST_NETNS);
  return host;
}

/** A file of the runc fs (v1) fixture's docker container, in a controller's hierarchy (EXPECTED D). */
export const runcV1 = (hierarchy: string, file: string): string =>
  readFileSync(fixturePath('cgroup_v1', 'sys', 'fs', 'cgroup', hierarchy, 'docker', DOCKER_ID, file), 'utf8');

/**
 * A cgroup v1 host as systemd mounts it (hybrid): a tmpfs root holding one hierarchy per controller, cpu and
 * cpuacct co-mounted with a `cpuacct` link, and an empty `unified` tree; docker's container (cgroupfs driver,
 * /docker/<id>) carries the runc v1 fixture's files (EXPECTED D).
 */
export function v1Host(): FakeHost {
  const host = new FakeHost(false);
  cpSync(fixturePath('cgroup_v1', 'sys', 'fs', 'cgroup'), host.cgroupRoot, { recursive: true });
  renameSync(join(host.cgroupRoot, 'cpuacct'), join(host.cgroupRoot, 'cpu,cpuacct'));
  symlinkSync('cpu,cpuacct', join(host.cgroupRoot, 'cpuacct'));
  for (const hierarchy of ['cpu,cpuacct', 'memory', 'blkio', 'pids'])
    host.write(hierarchy, 'cgroup.procs', '1\n');
  mkdirSync(join(host.cgroupRoot, 'unified'));
  host.write('unified', 'cgroup.controllers', '');
  host.write('unified', 'cgroup.procs', '1\n');
  host.process(4242, netDev(5000, 50, 8000, 80), 'net:[4026532301]');
  return host;
}
