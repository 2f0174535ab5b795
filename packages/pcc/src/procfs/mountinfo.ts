/** One line of /proc/<pid>/mountinfo (see proc(5)); paths are decoded. */
export interface MountInfo {
  readonly mountId: number;
  readonly parentId: number;
  /** `major:minor` of the device, as written. */
  readonly majorMinor: string;
  /** The directory of the filesystem that forms the root of this mount (not `/` for bind mounts). */
  readonly root: string;
  readonly mountPoint: string;
  /** Per-mount options as written, comma-separated. */
  readonly options: string;
  /** Propagation tags (`shared`, `master`, `propagate_from`, `unbindable`) and their peer group, if any. */
  readonly optionalFields: Readonly<Record<string, string>>;
  readonly fstype: string;
  readonly source: string;
  /** Per-superblock options as written, comma-separated. */
  readonly superOptions: string;
}

const OPTIONAL_TAGS: ReadonlySet<string> = new Set(['shared', 'master', 'propagate_from', 'unbindable']);

/**
 * Filesystem types that hold no user data, or whose space is counted elsewhere: kernel interfaces, overlay
 * and squashfs layers (containers, snaps), and the FUSE helpers of desktops and containers. Like
 * `df -x tmpfs -x devtmpfs`, RAM-backed tmpfs is left out too. Other FUSE filesystems (fuseblk, fuse.sshfs,
 * fuse.rclone…) hold real data and are kept.
 */
const PSEUDO_FILESYSTEMS: ReadonlySet<string> = new Set([
  'autofs',
  'binfmt_misc',
  'bpf',
  'cgroup',
  'cgroup2',
  'configfs',
  'debugfs',
  'devpts',
  'devtmpfs',
  'efivarfs',
  'fuse.gvfsd-fuse',
  'fuse.lxcfs',
  'fuse.portal',
  'fuse.snapfuse',
  'fusectl',
  'hugetlbfs',
  'mqueue',
  'nfsd',
  'nsfs',
  'overlay',
  'proc',
  'pstore',
  'ramfs',
  'rootfs',
  'rpc_pipefs',
  'securityfs',
  'selinuxfs',
  'squashfs',
  'sysfs',
  'tmpfs',
  'tracefs',
]);

/**
 * Parses /proc/<pid>/mountinfo into its entries in file order. Fields are split on single spaces, as the
 * kernel writes them, so an empty field (the rootfs line `/  /root` of some kernels) stays in its place and
 * shifts the rest. The octal escapes the kernel writes in paths (`\040` space, `\011` tab, `\012` newline,
 * `\134` backslash) are decoded. Lines without the ` - ` separator or with a non-numeric id are ignored.
 */
export function parseMountinfo(text: string): MountInfo[] {
  const mounts: MountInfo[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-', 6);
    const mountId = decimal(fields[0]);
    const parentId = decimal(fields[1]);
    const complete = separator !== -1 && fields.length >= separator + 4;
    if (!complete || Number.isNaN(mountId) || Number.isNaN(parentId)) continue;
    const field = (index: number): string => fields[index] ?? '';
    mounts.push({
      mountId,
      parentId,
      majorMinor: field(2),
      root: decodeOctal(field(3)),
      mountPoint: decodeOctal(field(4)),
      options: field(5),
      optionalFields: optionalFields(fields.slice(6, separator)),
      fstype: field(separator + 1),
      source: decodeOctal(field(separator + 2)),
      superOptions: field(separator + 3),
    });
  }
  return mounts;
}

/**
 * Keeps the mounts that hold data (drops the PSEUDO_FILESYSTEMS types), one per mount point: the last in
 * file order, which is the one visible there, placed where it appears.
 */
export function realFilesystems(mounts: readonly MountInfo[]): MountInfo[] {
  const visible = new Map<string, MountInfo>();
  for (const mount of mounts) {
    visible.delete(mount.mountPoint);
    visible.set(mount.mountPoint, mount);
  }
  return [...visible.values()].filter((mount) => !PSEUDO_FILESYSTEMS.has(mount.fstype));
}

function optionalFields(fields: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const field of fields) {
    const colon = field.indexOf(':');
    const tag = colon === -1 ? field : field.slice(0, colon);
    if (OPTIONAL_TAGS.has(tag)) tags[tag] = colon === -1 ? '' : field.slice(colon + 1);
  }
  return tags;
}

function decimal(text: string | undefined): number {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

function decodeOctal(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([0-3][0-7]{2})/g, (_, octal: string) =>
    String.fromCharCode(Number.parseInt(octal, 8)),
  );
}
