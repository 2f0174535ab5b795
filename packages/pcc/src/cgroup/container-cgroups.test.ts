import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectCgroupLayout } from './cgroup-layout.js';
import { DOCKER_ID, HOST_NET_ID, PODMAN_ID, typicalHost } from './cgroup-tree.test-support.js';
import { classifyCgroup, findContainerCgroups, parsePids } from './container-cgroups.js';

const ID = 'ab'.repeat(32);

function v2(root: string) {
  const layout = detectCgroupLayout(root);
  assert.equal(layout?.version, 2);
  return layout;
}

test('container cgroups by runtime and driver; services, sessions and conmon are not containers', () => {
  const cases: [string, string[], string | undefined][] = [
    [`docker-${ID}.scope`, ['system.slice'], 'docker'],
    [ID, ['docker'], 'docker'],
    [`libpod-${ID}.scope`, ['machine.slice'], 'podman'],
    [`libpod-${ID}.scope`, ['user.slice', 'user-1000.slice', 'user@1000.service', 'user.slice'], 'podman'],
    [`libpod-${ID}`, ['machine.slice', 'libpod_parent'], 'podman'],
    [
      `cri-containerd-${ID}.scope`,
      ['kubepods.slice', 'kubepods-burstable.slice', 'kubepods-burstable-pod0f3e.slice'],
      'containerd',
    ],
    [`crio-${ID}.scope`, ['kubepods.slice', 'kubepods-besteffort.slice'], 'cri-o'],
    [ID, ['kubepods', 'burstable', 'pod0f3e2a1b-1111-2222-3333-444455556666'], 'kubernetes'],
    [`nerdctl-${ID}.scope`, ['system.slice'], 'containerd'],
    [`libpod-conmon-${ID}.scope`, ['machine.slice'], undefined],
    [`crio-conmon-${ID}.scope`, ['kubepods.slice'], undefined],
    ['nginx.service', ['system.slice'], undefined],
    ['docker.service', ['system.slice'], undefined],
    ['init.scope', [], undefined],
    ['session-3.scope', ['user.slice', 'user-1000.slice'], undefined],
    [ID, ['system.slice'], undefined],
    [`docker-${ID.slice(2)}.scope`, ['system.slice'], undefined],
  ];
  for (const [name, ancestors, runtime] of cases) {
    const found = classifyCgroup(name, ancestors);
    assert.equal(found?.runtime, runtime, `${ancestors.join('/')}/${name}`);
    if (runtime) assert.equal(found?.id, ID);
  }
});

test('a scan finds the docker and podman containers with their files and processes, not the services', async () => {
  const host = typicalHost();
  try {
    const found = await findContainerCgroups(host.cgroupRoot, v2(host.cgroupRoot));
    assert.deepEqual(
      found.map((c) => [c.path, c.runtime, c.id]),
      [
        [`/machine.slice/libpod-${PODMAN_ID}.scope`, 'podman', PODMAN_ID],
        [`/system.slice/docker-${DOCKER_ID}.scope`, 'docker', DOCKER_ID],
        [`/system.slice/docker-${HOST_NET_ID}.scope`, 'docker', HOST_NET_ID],
      ],
    );
    const [podman, docker] = found;
    assert.deepEqual(
      docker?.files.map((f) => f.name),
      ['cpu.stat', 'memory.current', 'memory.max', 'memory.stat', 'io.stat', 'pids.current'],
    );
    assert.deepEqual(docker?.procs, [4242, 4300]);
    // crun keeps podman's processes in the scope's `container` sub-cgroup.
    assert.deepEqual(podman?.procs, [5151]);
  } finally {
    host.cleanup();
  }
});

test('a cgroup without the io controller has no io.stat, and the scan says so', async () => {
  const host = typicalHost();
  try {
    host.remove(`system.slice/docker-${HOST_NET_ID}.scope/io.stat`);
    const found = await findContainerCgroups(host.cgroupRoot, v2(host.cgroupRoot));
    const files = found.find((c) => c.id === HOST_NET_ID)?.files.map((f) => f.name);
    assert.deepEqual(files, ['cpu.stat', 'memory.current', 'memory.max', 'memory.stat', 'pids.current']);
  } finally {
    host.cleanup();
  }
});

test('cgroup.procs: a pid a line; 0 (outside our pid namespace) left out', () => {
  assert.deepEqual(parsePids('4242\n4300\n0\n'), [4242, 4300]);
  assert.deepEqual(parsePids(''), []);
});
