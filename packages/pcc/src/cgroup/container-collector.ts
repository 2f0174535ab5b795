import { readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContainerCounters, NetCounters } from '@perfanalysis/shared';
import { ProcFile } from '../proc-file.js';
import { parseNetDev } from '../procfs/netdev.js';
import {
  type CgroupLayout,
  type CounterDraft,
  type CounterFile,
  detectCgroupLayout,
} from './cgroup-layout.js';
import { type ContainerCgroup, type ContainerRuntime, findContainerCgroups } from './container-cgroups.js';
import { ContainerNames } from './container-names.js';
import { dockerNameLookups, type NameLookup } from './docker-names.js';
import { DockerStatsFallback, type DockerStatsOptions } from './docker-stats-fallback.js';

export interface ContainerOptions {
  /** DOCKER_HOST: where the Engine API that names containers listens (default unix:///var/run/docker.sock). */
  readonly dockerHost?: string | undefined;
  /** DOCKER_TLS_VERIFY: when set, a tcp:// DOCKER_HOST is left to the docker command. */
  readonly dockerTlsVerify?: string | undefined;
  /** The docker command, the fallback for names (default `docker` on the PATH). */
  readonly dockerCommand?: string | undefined;
  /** The name lookups, instead of docker's (tests). */
  readonly lookups?: readonly NameLookup[] | undefined;
  /** Least time between two scans of the cgroup tree, milliseconds (default 5000). */
  readonly rescanMs?: number | undefined;
  /** Least time between two name lookups, milliseconds (default 10000). */
  readonly nameIntervalMs?: number | undefined;
  /** Where no cgroup hierarchy can be read: how `docker stats` is run (tests). */
  readonly dockerStats?: DockerStatsOptions | undefined;
}

const DEFAULT_RESCAN_MS = 5000;
/** After a container's files could not be read, the next scan comes this soon (milliseconds). */
const RETRY_SCAN_MS = 1000;
const READY_TIMEOUT_MS = 2000;

/** A container being sampled: its cgroup files kept open, and the net/dev of one of its processes. */
class TrackedContainer {
  readonly id: string;
  readonly runtime: ContainerRuntime;
  readonly path: string;
  readonly files: ReadonlyArray<readonly [ProcFile, CounterFile['read']]>;
  pid: number | undefined;
  /** Undefined when no process was found, or it shares the host's network namespace. */
  net: ProcFile | undefined;

  constructor(root: string, cgroup: ContainerCgroup) {
    this.id = cgroup.id;
    this.runtime = cgroup.runtime;
    this.path = cgroup.path;
    this.files = cgroup.files.map(
      (file) => [new ProcFile(join(root, file.hierarchy, cgroup.path, file.name)), file.read] as const,
    );
  }

  close(): void {
    for (const [file] of this.files) file.close();
    this.net?.close();
  }
}

/**
 * The containers' raw counters for each snapshot. Reading is synchronous and cheap: kept-open cgroup files
 * (ProcFile), no directory walk. The cgroup tree is scanned in the background, at most every `rescanMs` and
 * when a container's files vanish; names come from a cache that looks them up in the background too, so a
 * sampling tick never waits for the Docker daemon.
 */
export class ContainerCollector {
  readonly #root: string;
  readonly #procfs: string;
  readonly #rescanMs: number;
  readonly #names: ContainerNames;
  /** Undefined when the sysfs has no cgroup hierarchy at fs/cgroup: then nothing is ever scanned. */
  readonly #layout: CgroupLayout | undefined;
  /** Where there is no layout: the containers as `docker stats` sees them. */
  readonly #dockerStats: DockerStatsFallback | undefined;
  #tracked = new Map<string, TrackedContainer>();
  #lastScan = Number.NEGATIVE_INFINITY;
  #scanning: Promise<void> | undefined;
  #hostNetwork: Promise<string | undefined> | undefined;
  #closed = false;

  constructor(
    paths: { readonly procfs: string; readonly sysfs: string },
    options: ContainerOptions = {},
    onWarning: (message: string) => void = () => {},
  ) {
    this.#root = join(paths.sysfs, 'fs', 'cgroup');
    this.#procfs = paths.procfs;
    this.#rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
    this.#names = new ContainerNames({
      lookups: options.lookups ?? dockerNameLookups(options),
      onWarning,
      ...(options.nameIntervalMs === undefined ? {} : { minIntervalMs: options.nameIntervalMs }),
    });
    this.#layout = detectCgroupLayout(this.#root);
    this.#dockerStats = this.#layout
      ? undefined
      : new DockerStatsFallback({ command: options.dockerCommand, ...options.dockerStats }, onWarning);
    this.#maybeScan();
  }

  /** Resolves once the scan and name lookup under way are over, or after `timeoutMs`. */
  async ready(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    const done = (async () => {
      await this.#dockerStats?.settled();
      await this.#scanning;
      await this.#names.settled();
    })();
    await Promise.race([done, timeout]);
    clearTimeout(timer);
  }

  /** Scans the cgroup tree now (once the scan under way is over), then waits for the names as `ready` does. */
  async rescan(timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    await this.#scanning;
    this.#lastScan = Number.NEGATIVE_INFINITY;
    this.#maybeScan();
    await this.ready(timeoutMs);
  }

  /** The counters of every container, keyed by id; undefined when there are none. */
  read(): Record<string, ContainerCounters> | undefined {
    if (this.#dockerStats) return this.#dockerStats.read();
    this.#maybeScan();
    if (this.#tracked.size === 0) return undefined;
    const result: Record<string, ContainerCounters> = {};
    let gone = false;
    for (const container of this.#tracked.values()) {
      const counters = this.#readContainer(container);
      if (counters) result[container.id] = counters;
      else gone = true;
    }
    if (gone) this.#scanSoon();
    return result;
  }

  close(): void {
    this.#closed = true;
    this.#dockerStats?.close();
    this.#names.close();
    for (const container of this.#tracked.values()) container.close();
    this.#tracked.clear();
  }

  /** A container's counters; undefined when its cgroup files cannot be read (it has just stopped). */
  #readContainer(container: TrackedContainer): ContainerCounters | undefined {
    const counters: CounterDraft = {
      name: this.#names.get(container.id) ?? container.id.slice(0, 12),
      runtime: container.runtime,
      cgroup: container.path,
    };
    try {
      for (const [file, read] of container.files) read(file.read(), counters);
    } catch {
      return undefined;
    }
    if (container.net) {
      try {
        counters.net = sumInterfaces(parseNetDev(container.net.read()));
      } catch {
        // The process has gone: the next scan picks another one.
        container.net.close();
        container.net = undefined;
        container.pid = undefined;
        this.#scanSoon();
      }
    }
    return counters as ContainerCounters;
  }

  #scanSoon(): void {
    this.#lastScan = Math.min(this.#lastScan, performance.now() - this.#rescanMs + RETRY_SCAN_MS);
  }

  #maybeScan(): void {
    if (!this.#layout || this.#closed || this.#scanning) return;
    const now = performance.now();
    if (now - this.#lastScan < this.#rescanMs) return;
    this.#lastScan = now;
    this.#scanning = this.#scan(this.#layout).finally(() => {
      this.#scanning = undefined;
    });
  }

  async #scan(layout: CgroupLayout): Promise<void> {
    const found = await findContainerCgroups(this.#root, layout);
    if (this.#closed) return;
    this.#hostNetwork ??= netNamespace(join(this.#procfs, 'self'));
    const hostNetwork = await this.#hostNetwork;
    const next = new Map<string, TrackedContainer>();
    for (const cgroup of found) {
      const known = this.#tracked.get(cgroup.id);
      const container = known?.path === cgroup.path ? known : new TrackedContainer(this.#root, cgroup);
      await this.#pickProcess(container, cgroup.procs, hostNetwork);
      next.set(cgroup.id, container);
    }
    if (this.#closed) {
      for (const container of next.values()) container.close();
      return;
    }
    for (const [id, container] of this.#tracked) if (next.get(id) !== container) container.close();
    this.#tracked = next;
    this.#names.notice([...next.keys()]);
  }

  /**
   * Keeps the process whose net/dev is read while it stays in the cgroup, else takes the first one listed.
   * A process in the host's network namespace (`--network host`) has no container traffic of its own.
   */
  async #pickProcess(
    container: TrackedContainer,
    procs: readonly number[],
    hostNetwork: string | undefined,
  ): Promise<void> {
    if (container.pid !== undefined && procs.includes(container.pid)) return;
    container.net?.close();
    container.net = undefined;
    container.pid = procs[0];
    if (container.pid === undefined) return;
    const dir = join(this.#procfs, String(container.pid));
    const namespace = await netNamespace(dir);
    if (hostNetwork !== undefined && namespace === hostNetwork) return;
    container.net = new ProcFile(join(dir, 'net', 'dev'));
  }
}

/** The network namespace of a process (`net:[4026531840]`); undefined when it cannot be read. */
function netNamespace(processDir: string): Promise<string | undefined> {
  return readlink(join(processDir, 'ns', 'net')).catch(() => undefined);
}

/** The 16 net/dev counters summed over the interfaces but lo. */
function sumInterfaces(interfaces: Readonly<Record<string, NetCounters>>): number[] {
  const sum = new Array<number>(16).fill(0);
  for (const name in interfaces) {
    if (name === 'lo') continue;
    const counters = interfaces[name] ?? [];
    for (let i = 0; i < 16; i++) sum[i] = (sum[i] ?? 0) + (counters[i] ?? 0);
  }
  return sum;
}
