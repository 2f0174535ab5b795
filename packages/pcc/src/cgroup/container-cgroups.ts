import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CgroupLayout, CounterFile } from './cgroup-layout.js';

/** The runtimes whose cgroups count as containers. */
export type ContainerRuntime = 'docker' | 'podman' | 'containerd' | 'cri-o' | 'kubernetes';

/** A container's cgroup as one scan found it. */
export interface ContainerCgroup {
  /** The container's full id (64 hex digits). */
  readonly id: string;
  readonly runtime: ContainerRuntime;
  /** Below the cgroup root, starting with a slash: `/system.slice/docker-<id>.scope`. */
  readonly path: string;
  /** The layout's counter files the cgroup has: a controller not enabled for it (v2) or not mounted (v1) has none. */
  readonly files: readonly CounterFile[];
  /** The processes in the cgroup, or in its first populated sub-cgroup (crun's `container`), in file order. */
  readonly procs: readonly number[];
}

const HEX64 = '([0-9a-f]{64})';
/** Container cgroups named by their runtime: systemd scopes, and podman's cgroupfs manager. */
const SCOPES: ReadonlyArray<readonly [RegExp, ContainerRuntime]> = [
  [new RegExp(`^docker-${HEX64}\\.scope$`), 'docker'],
  [new RegExp(`^libpod-${HEX64}(?:\\.scope)?$`), 'podman'],
  [new RegExp(`^cri-containerd-${HEX64}\\.scope$`), 'containerd'],
  [new RegExp(`^nerdctl-${HEX64}\\.scope$`), 'containerd'],
  [new RegExp(`^crio-${HEX64}\\.scope$`), 'cri-o'],
];
const BARE_ID = new RegExp(`^${HEX64}$`);

/** Containers sit at most this deep (rootless podman: user.slice/user-1000.slice/user@1000.service/user.slice/…). */
const MAX_DEPTH = 8;
/** How deep below a container's cgroup its processes are looked for. */
const PROCS_DEPTH = 2;

/**
 * Whether a cgroup is a container's, from its name and its ancestors' names (root first): docker's
 * `docker-<id>.scope` (systemd driver) or `/docker/<id>` (cgroupfs driver), podman's `libpod-<id>.scope`,
 * containerd's `cri-containerd-<id>.scope` and nerdctl's, cri-o's `crio-<id>.scope`, and a bare id under
 * `kubepods…` (kubelet's cgroupfs driver). Services, user sessions, `libpod-conmon-…` and `init.scope` are not
 * containers.
 */
export function classifyCgroup(
  name: string,
  ancestors: readonly string[],
): { readonly id: string; readonly runtime: ContainerRuntime } | undefined {
  for (const [pattern, runtime] of SCOPES) {
    const id = pattern.exec(name)?.[1];
    if (id !== undefined) return { id, runtime };
  }
  const id = BARE_ID.exec(name)?.[1];
  if (id === undefined) return undefined;
  if (ancestors.at(-1) === 'docker') return { id, runtime: 'docker' };
  if (ancestors.some((a) => a.startsWith('kubepods'))) return { id, runtime: 'kubernetes' };
  return undefined;
}

/**
 * The container cgroups of a layout below the cgroup root, sorted by path: on v2 the unified tree is walked, on
 * v1 the layout's scan hierarchy (memory), and a container has the same path in the other hierarchies. A
 * container's own sub-cgroups are not searched for more containers. Directories that vanish or cannot be read
 * during the walk are skipped.
 */
export async function findContainerCgroups(root: string, layout: CgroupLayout): Promise<ContainerCgroup[]> {
  const found: ContainerCgroup[] = [];
  const visit = async (path: string, ancestors: readonly string[]): Promise<void> => {
    const { dirs } = await listCgroup(join(root, layout.scan, path));
    await Promise.all(
      dirs.map(async (name) => {
        const sub = `${path}/${name}`;
        const container = classifyCgroup(name, ancestors);
        if (container) found.push(await describe(root, layout, sub, container));
        else if (ancestors.length + 1 < MAX_DEPTH) await visit(sub, [...ancestors, name]);
      }),
    );
  };
  await visit('', []);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function describe(
  root: string,
  layout: CgroupLayout,
  path: string,
  container: { readonly id: string; readonly runtime: ContainerRuntime },
): Promise<ContainerCgroup> {
  const hierarchies = [...new Set(layout.files.map((file) => file.hierarchy))];
  const present = new Map<string, readonly string[]>();
  for (const hierarchy of hierarchies) {
    present.set(hierarchy, (await listCgroup(join(root, hierarchy, path))).files);
  }
  return {
    ...container,
    path,
    files: layout.files.filter((file) => present.get(file.hierarchy)?.includes(file.name)),
    procs: await findProcs(join(root, layout.scan, path), PROCS_DEPTH),
  };
}

/**
 * The pids of `cgroup.procs`; when it is empty (cgroup v2 keeps processes out of inner cgroups, so crun puts
 * them in a `container` sub-cgroup), those of the first populated sub-cgroup.
 */
async function findProcs(dir: string, depth: number): Promise<number[]> {
  const procs = parsePids(await readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => ''));
  if (procs.length > 0 || depth === 0) return procs;
  for (const sub of (await listCgroup(dir)).dirs) {
    const inner = await findProcs(join(dir, sub), depth - 1);
    if (inner.length > 0) return inner;
  }
  return [];
}

/** `cgroup.procs`: a pid a line; 0 stands for a process outside this pid namespace and is left out. */
export function parsePids(text: string): number[] {
  const pids: number[] = [];
  for (const line of text.split('\n')) {
    const pid = Number(line);
    if (line !== '' && Number.isInteger(pid) && pid > 0) pids.push(pid);
  }
  return pids;
}

async function listCgroup(dir: string): Promise<{ dirs: string[]; files: string[] }> {
  const dirs: string[] = [];
  const files: string[] = [];
  try {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(entry.name);
      else files.push(entry.name);
    }
  } catch {
    // A cgroup removed during the walk, or one we may not read.
  }
  return { dirs, files };
}
