import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from './fixtures.test-support.js';
import { type MountInfo, parseMountinfo, realFilesystems } from './mountinfo.js';

const procfs26231 = readFileSync(fixturePath('procfs', 'proc', '26231', 'mountinfo'), 'utf8');
const nodeExporterProc = (...parts: string[]): string =>
  readFileSync(fixturePath('node_exporter', 'collector', ...parts), 'utf8');
const VSPHERE = '/var/lib/kubelet/plugins/kubernetes.io/vsphere-volume/mounts/[vsanDatastore]';
const VMDK =
  'bafb9e5a-8856-7e6c-699c-801844e77a4a/kubernetes-dynamic-pvc-3eba5bba-48a3-11e8-89ab-005056b92113.vmdk';
const NFS_OPTIONS =
  'rw,vers=4.0,rsize=1048576,wsize=1048576,namlen=255,acregmin=3,acregmax=60,acdirmin=30,acdirmax=60,hard,proto=tcp,port=0,timeo=600,retrans=2,sec=sys,clientaddr=192.168.1.5,addr=192.168.1.1,local_lock=none';

test('procfs fixture (A12): eight entries, field by field', () => {
  const mounts = parseMountinfo(procfs26231);
  assert.deepEqual(mounts[0], {
    mountId: 1,
    parentId: 1,
    majorMinor: '0:5',
    root: '/',
    mountPoint: '',
    options: '/root',
    optionalFields: { shared: '8' },
    fstype: 'rootfs',
    source: 'rootfs',
    superOptions: 'rw',
  } satisfies MountInfo);
  assert.deepEqual(mounts[3], {
    mountId: 21,
    parentId: 0,
    majorMinor: '8:1',
    root: '/',
    mountPoint: '/',
    options: 'rw,relatime',
    optionalFields: { shared: '1' },
    fstype: 'ext4',
    source: '/dev/sda1',
    superOptions: 'rw,errors=remount-ro,data=ordered',
  } satisfies MountInfo);
  assert.deepEqual(mounts[4], {
    mountId: 194,
    parentId: 21,
    majorMinor: '0:42',
    root: '/',
    mountPoint: '/mnt/nfs/test',
    options: 'rw',
    optionalFields: { shared: '144' },
    fstype: 'nfs4',
    source: '192.168.1.1:/srv/test',
    superOptions: NFS_OPTIONS,
  } satisfies MountInfo);
  const table = mounts.map((m) => [m.mountId, m.parentId, m.majorMinor, m.mountPoint, m.fstype, m.source]);
  assert.deepEqual(table, [
    [1, 1, '0:5', '', 'rootfs', 'rootfs'],
    [16, 21, '0:16', '/sys', 'sysfs', 'sysfs'],
    [17, 21, '0:4', '/proc', 'proc', 'proc'],
    [21, 0, '8:1', '/', 'ext4', '/dev/sda1'],
    [194, 21, '0:42', '/mnt/nfs/test', 'nfs4', '192.168.1.1:/srv/test'],
    [177, 21, '0:42', '/mnt/nfs/test', 'nfs4', '192.168.1.1:/srv/test'],
    [1398, 798, '0:44', '/mnt/nfs/test', 'nfs', '192.168.1.1:/srv/test'],
    [1128, 67, '253:0', '/var/lib/containers/storage/overlay', 'xfs', '/dev/mapper/rhel-root'],
  ]);
  assert.deepEqual(
    mounts.map((m) => m.optionalFields),
    [
      { shared: '8' },
      { shared: '7' },
      { shared: '12' },
      { shared: '1' },
      { shared: '144' },
      { shared: '130' },
      { shared: '1154' },
      {},
    ],
  );
  assert.equal(mounts[7]?.root, '/var/lib/containers/storage/overlay');
});

test('realFilesystems keeps the visible mount of each point: the last nfs over /mnt/nfs/test', () => {
  const real = realFilesystems(parseMountinfo(procfs26231));
  assert.deepEqual(
    real.map((m) => [m.mountId, m.mountPoint, m.fstype]),
    [
      [21, '/', 'ext4'],
      [1398, '/mnt/nfs/test', 'nfs'],
      [1128, '/var/lib/containers/storage/overlay', 'xfs'],
    ],
  );
});

test('node_exporter fixture (B9): the 31 mount points, escapes decoded', () => {
  const mounts = parseMountinfo(nodeExporterProc('fixtures', 'proc', '1', 'mountinfo'));
  assert.equal(mounts.length, 32);
  const points = [...new Set(mounts.map((m) => m.mountPoint))];
  assert.deepEqual(points, [
    '/sys',
    '/proc',
    '/dev',
    '/dev/pts',
    '/run',
    '/',
    '/sys/kernel/security',
    '/dev/shm',
    '/run/lock',
    '/sys/fs/cgroup',
    '/sys/fs/cgroup/systemd',
    '/sys/fs/pstore',
    '/sys/fs/cgroup/cpuset',
    '/sys/fs/cgroup/cpu,cpuacct',
    '/sys/fs/cgroup/devices',
    '/sys/fs/cgroup/freezer',
    '/sys/fs/cgroup/net_cls,net_prio',
    '/sys/fs/cgroup/blkio',
    '/sys/fs/cgroup/perf_event',
    '/proc/sys/fs/binfmt_misc',
    '/dev/mqueue',
    '/sys/kernel/debug',
    '/dev/hugepages',
    '/sys/fs/fuse/connections',
    '/boot',
    '/run/rpc_pipefs',
    '/run/user/1000',
    '/run/user/1000/gvfs',
    `${VSPHERE} ${VMDK}`,
    `${VSPHERE}\t${VMDK}`,
    '/var/lib/containers/storage/overlay',
  ]);
  assert.equal(mounts.filter((m) => m.mountPoint === '/proc/sys/fs/binfmt_misc').length, 2);
});

test('realFilesystems on the node_exporter fixture: binfmt_misc over autofs is still pseudo', () => {
  const real = realFilesystems(parseMountinfo(nodeExporterProc('fixtures', 'proc', '1', 'mountinfo')));
  assert.deepEqual(
    real.map((m) => [m.mountPoint, m.fstype, m.source]),
    [
      ['/', 'ext4', '/dev/dm-2'],
      ['/boot', 'ext2', '/dev/sda3'],
      [`${VSPHERE} ${VMDK}`, 'ext4', '/dev/sda'],
      [`${VSPHERE}\t${VMDK}`, 'ext4', '/dev/sda'],
      ['/var/lib/containers/storage/overlay', 'xfs', '/dev/mapper/rhel-root'],
    ],
  );
});

test('hidepid and bind-mount fixtures (B9)', () => {
  const hidepid = parseMountinfo(nodeExporterProc('fixtures_hidepid', 'proc', 'self', 'mountinfo'));
  assert.deepEqual(
    hidepid.map((m) => m.mountPoint),
    ['/'],
  );
  const bind = realFilesystems(
    parseMountinfo(nodeExporterProc('fixtures_bindmount', 'proc', '1', 'mountinfo')),
  );
  assert.deepEqual(
    bind.map((m) => m.mountPoint),
    ['/host', '/host/media/volume1', '/host/media/volume2'],
  );
});

test('octal escapes for space, tab, newline and backslash in the root, mount point and source', () => {
  const [mount] = parseMountinfo(
    '30 1 8:2 /a\\134b /mnt/x\\040y\\011z\\012 rw - ext4 /dev/disk\\040one rw\n',
  );
  assert.equal(mount?.root, '/a\\b');
  assert.equal(mount?.mountPoint, '/mnt/x y\tz\n');
  assert.equal(mount?.source, '/dev/disk one');
});

test('propagation tags: several, bare, and unknown ones dropped', () => {
  const [mount] = parseMountinfo(
    '225 20 0:39 / /run/u rw shared:177 master:8 unbindable foo:bar - tmpfs tmpfs rw',
  );
  assert.deepEqual(mount?.optionalFields, { shared: '177', master: '8', unbindable: '' });
});

test('empty text and truncated or malformed lines are ignored', () => {
  assert.deepEqual(parseMountinfo(''), []);
  const text = [
    '21 0 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '22 21 8:2 / /home rw,relatime shared:2 - ext4',
    '23 21 8:3 / /data rw,relatime shared:3',
    'hello',
    'x 21 8:4 / /srv rw - ext4 /dev/sda4 rw',
    ' 21 8:5 / /opt rw - ext4 /dev/sda5 rw',
  ].join('\n');
  assert.deepEqual(
    parseMountinfo(text).map((m) => m.mountPoint),
    ['/'],
  );
});
