import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { SnapshotReader } from '@perfanalysis/pcc';
import { deriveSample, type RawSnapshot, type Sample } from '@perfanalysis/shared';
import type { Queryable } from '@perfanalysis/storage';
import { containerMetrics, findContainer } from './container-row.js';
import { nodeMetrics } from './node-row.js';
import type { RingMetrics, RingSample } from './ring-schema.js';
import { RingTable, type RingTableState } from './ring-table.js';
import { formatSampleSummary, formatTableState, type TextSink } from './sample-summary.js';

/** Raw snapshots of the machine: pcc's SnapshotReader, or a test's. */
export interface SnapshotSource {
  read(time?: number): RawSnapshot;
  /** Resolves once containers are found and named (pcc's reader), so that the first snapshot has them. */
  ready?(): Promise<void>;
  close(): void;
}

export interface MonitorOptions {
  /** The ring table (default monitor_samples_ring). */
  readonly tableName?: string | undefined;
  /** The capacity a new ring gets (default 10,000); an existing ring keeps its own until setCapacity. */
  readonly capacity?: number | undefined;
  /** Mark this monitor's samples as the master node's (master_flag). */
  readonly master?: boolean | undefined;
  /** The node_name of this monitor's samples (default: the host name). */
  readonly nodeName?: string | undefined;
  /** What the machine lacks, and empty slots: NULL (default) or 0. */
  readonly useNullForEmpty?: boolean | undefined;
  /** Where snapshots come from (default: pcc's reader on /proc and /sys). */
  readonly snapshots?: SnapshotSource | undefined;
  /** Told once per metric the kernel lacks (default: nothing). */
  readonly onWarning?: ((message: string) => void) | undefined;
  /** Where printSampleSummary and debugTableState write (default: standard output). */
  readonly out?: TextSink | undefined;
}

export interface SampleOptions {
  /** Aborts a wait for the interval to pass (the sample is then not taken). */
  readonly signal?: AbortSignal | undefined;
}

interface Baseline {
  readonly snapshot: RawSnapshot;
  /** performance.now() when it was read. */
  readonly at: number;
}

/** A previous snapshot older than this many intervals is not a baseline: a new one is taken and waited on. */
const STALE_INTERVALS = 2;

/**
 * The Complete Performance Monitor: samples this node (and its containers) into a fixed-size ring table.
 * The seed's methods, in TypeScript's naming. Rates are derived from two snapshots `intervalSeconds` apart,
 * as psutil measures them: the first call takes a baseline and waits; later calls wait only for what is
 * left of the interval since the previous one, so that a loop of calls samples back to back.
 */
export class CompleteResourceMonitor {
  readonly ring: RingTable;
  readonly master: boolean;
  readonly nodeName: string;
  readonly #options: MonitorOptions;
  readonly #baselines = new Map<string, Baseline>();
  readonly #closed = new AbortController();
  #snapshots: SnapshotSource | undefined;
  #sourceReady: Promise<void> | undefined;
  /** Samples of one target are taken one at a time: their baselines chain. */
  #queues = new Map<string, Promise<unknown>>();

  constructor(db: Queryable, options: MonitorOptions = {}) {
    this.ring = new RingTable(db, {
      name: options.tableName,
      capacity: options.capacity,
      useNullForEmpty: options.useNullForEmpty,
    });
    this.master = options.master ?? false;
    this.nodeName = options.nodeName ?? hostname();
    this.#options = options;
    this.#snapshots = options.snapshots;
  }

  get tableName(): string {
    return this.ring.name;
  }

  get capacity(): number {
    return this.ring.capacity;
  }

  get useNullForEmpty(): boolean {
    return this.ring.useNullForEmpty;
  }

  /** Creates the ring table unless it exists; every method does this first. Returns the ring's capacity. */
  init(): Promise<number> {
    return this.ring.ensure();
  }

  /** Samples the node over `intervalSeconds` and writes the sample; returns the row written. */
  sampleNode(intervalSeconds = 1, source = 'pcc', options: SampleOptions = {}): Promise<RingSample> {
    return this.#serially('node', async () => {
      await this.init();
      const { sample } = await this.#measure('node', intervalSeconds, options.signal);
      return this.ring.write({
        ...this.#identity(sample, true, null, source),
        ...nodeMetrics(sample),
      });
    });
  }

  /**
   * Samples one container (by id, unique id prefix or name) over `intervalSeconds` and writes the sample
   * under `containerName` (default: the container's own name). Returns the row written, or null when the
   * container is not running here (or the machine has no cgroup v2 container metrics); `onWarning` says so.
   */
  sampleContainer(
    containerId: string,
    containerName?: string | undefined,
    intervalSeconds = 1,
    source = 'cgroup',
    options: SampleOptions = {},
  ): Promise<RingSample | null> {
    return this.#serially(`container:${containerId}`, async () => {
      await this.init();
      const { sample, current } = await this.#measure(
        `container:${containerId}`,
        intervalSeconds,
        options.signal,
      );
      const container = findContainer(sample, containerId);
      if (!container) {
        this.#options.onWarning?.(
          `container ${JSON.stringify(containerId)} not sampled: not found among this machine's ` +
            `${sample.containers.length} cgroup v2 container${sample.containers.length === 1 ? '' : 's'}`,
        );
        return null;
      }
      const metrics: RingMetrics = containerMetrics(container, current.containers?.[container.container_id]);
      return this.ring.write({
        ...this.#identity(sample, false, containerName ?? container.container_name, source),
        ...metrics,
      });
    });
  }

  /** The newest samples first: at most `limit`, optionally of one node and/or one container name. */
  getRecentSamples(limit = 100, nodeFilter?: string | undefined, containerFilter?: string | undefined) {
    return this.ring.recent({ limit, node: nodeFilter, container: containerFilter });
  }

  /** Resizes the ring, keeping the newest samples; returns how many were dropped. */
  setCapacity(newCapacity: number): Promise<number> {
    return this.ring.resize(newCapacity);
  }

  /** Empties the slots of samples older than `keepHours`; returns how many. */
  cleanupOldSamples(keepHours = 24): Promise<number> {
    return this.ring.cleanup(keepHours);
  }

  /** Writes a table of the samples, one line each, to the monitor's output. */
  printSampleSummary(samples: readonly RingSample[]): void {
    this.#out().write(formatSampleSummary(samples));
  }

  /** Writes the ring's capacity, fill, next slot and contents to the monitor's output, and returns them. */
  async debugTableState(): Promise<RingTableState> {
    const state = await this.ring.state();
    this.#out().write(formatTableState(state));
    return state;
  }

  /** Stops any wait in progress and closes the files it reads. The connection stays the caller's. */
  async close(): Promise<void> {
    this.#closed.abort();
    await Promise.allSettled([...this.#queues.values()]);
    this.#snapshots?.close();
    this.#snapshots = undefined;
    this.#baselines.clear();
  }

  #out(): TextSink {
    return this.#options.out ?? process.stdout;
  }

  #identity(sample: Sample, node: boolean, container: string | null, source: string) {
    return {
      sample_time: Math.floor(sample.timestamp / 1000),
      master_flag: this.master,
      node_flag: node,
      node_name: this.nodeName,
      container_name: container,
      source,
      interval_seconds: sample.interval,
    };
  }

  #serially<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    const settled = next.catch(() => undefined);
    this.#queues.set(key, settled);
    void settled.then(() => {
      if (this.#queues.get(key) === settled) this.#queues.delete(key);
    });
    return next;
  }

  /** The sample of the interval that ends now and began at the target's baseline (taken if need be). */
  async #measure(
    key: string,
    intervalSeconds: number,
    signal: AbortSignal | undefined,
  ): Promise<{ sample: Sample; current: RawSnapshot }> {
    if (!(intervalSeconds > 0 && Number.isFinite(intervalSeconds))) {
      throw new RangeError(`intervalSeconds must be a number of seconds above 0, not ${intervalSeconds}`);
    }
    const intervalMs = intervalSeconds * 1000;
    const snapshots = await this.#source();
    let baseline = this.#baselines.get(key);
    if (!baseline || performance.now() - baseline.at > STALE_INTERVALS * intervalMs) {
      baseline = { snapshot: snapshots.read(), at: performance.now() };
      this.#baselines.set(key, baseline);
    }
    const signals = signal ? AbortSignal.any([signal, this.#closed.signal]) : this.#closed.signal;
    for (let attempt = 0; ; attempt += 1) {
      const remaining = baseline.at + intervalMs - performance.now();
      if (remaining > 0) await delay(remaining, undefined, { signal: signals });
      const current = snapshots.read();
      const at = performance.now();
      const sample = deriveSample(baseline.snapshot, current);
      if (sample) {
        this.#baselines.set(key, { snapshot: current, at });
        return { sample, current };
      }
      // No time elapsed by the snapshots' clocks (a coarse clock): wait a little more, but not for ever.
      if (attempt >= 3) throw new Error('no time elapsed between two snapshots: no rate can be derived');
      await delay(10, undefined, { signal: signals });
    }
  }

  async #source(): Promise<SnapshotSource> {
    if (this.#closed.signal.aborted) throw new Error('the monitor is closed');
    if (!this.#snapshots) {
      // pcc's reader: /proc and /sys, and containers through cgroup v2, named by Docker at DOCKER_HOST.
      this.#snapshots = new SnapshotReader({
        procfs: '/proc',
        sysfs: '/sys',
        onWarning: this.#options.onWarning ?? (() => undefined),
        containers: { dockerHost: process.env.DOCKER_HOST, dockerTlsVerify: process.env.DOCKER_TLS_VERIFY },
      });
    }
    const source = this.#snapshots;
    this.#sourceReady ??= source.ready?.() ?? Promise.resolve();
    await this.#sourceReady;
    return source;
  }
}
