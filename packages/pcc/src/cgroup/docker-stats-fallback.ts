import type { ContainerCounters } from '@perfanalysis/shared';
import { type CommandRunner, runCommand } from './command-runner.js';
import { DockerStatsCounters, parseDockerStats } from './docker-stats.js';

export interface DockerStatsOptions {
  /** The docker command (default `docker` on the PATH). */
  readonly command?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** How commands run (tests give one that answers recorded output). */
  readonly run?: CommandRunner | undefined;
  /** Least time between two `docker stats` runs, milliseconds (default 5000: each takes about 2 s). */
  readonly intervalMs?: number | undefined;
}

const DEFAULT_INTERVAL_MS = 5000;
const TIMEOUT_MS = 15_000;
/** --no-trunc: the full ids, which the cgroup ways key containers by too. */
const ARGS = ['stats', '--no-stream', '--no-trunc', '--format', '{{json .}}'] as const;

/**
 * The containers where no cgroup hierarchy can be read (the seed's `docker stats` fallback): `docker stats
 * --no-stream` run in the background, never on a sampling tick, and its latest answer given as counters.
 * Without a docker command it says so once and stops asking.
 */
export class DockerStatsFallback {
  readonly #command: string;
  readonly #env: NodeJS.ProcessEnv | undefined;
  readonly #run: CommandRunner;
  readonly #intervalMs: number;
  readonly #onWarning: (message: string) => void;
  readonly #counters = new DockerStatsCounters();
  readonly #abort = new AbortController();
  #lastWarning: string | undefined;
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | undefined;

  constructor(options: DockerStatsOptions, onWarning: (message: string) => void) {
    this.#command = options.command ?? 'docker';
    this.#env = options.env;
    this.#run = options.run ?? runCommand;
    this.#intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.#onWarning = onWarning;
    this.#poll();
  }

  /** Resolves once the run under way has answered. */
  async settled(): Promise<void> {
    await this.#polling;
  }

  read(): Record<string, ContainerCounters> | undefined {
    return this.#counters.read(performance.now());
  }

  close(): void {
    this.#abort.abort();
    clearTimeout(this.#timer);
  }

  #poll(): void {
    if (this.#abort.signal.aborted) return;
    const options = {
      signal: this.#abort.signal,
      timeoutMs: TIMEOUT_MS,
      ...(this.#env ? { env: this.#env } : {}),
    };
    this.#polling = this.#run(this.#command, ARGS, options).then(
      (output) => {
        this.#counters.update(parseDockerStats(output), performance.now());
        this.#lastWarning = undefined;
        this.#next();
      },
      (error: NodeJS.ErrnoException) => {
        if (this.#abort.signal.aborted) return;
        if (error.code === 'ENOENT') {
          this.#onWarning(
            `no cgroup v1 or v2 hierarchy can be read and there is no ${this.#command} command for docker stats: ` +
              'containers are not sampled',
          );
          return;
        }
        if (error.message !== this.#lastWarning) this.#onWarning(`containers not sampled: ${error.message}`);
        this.#lastWarning = error.message;
        this.#next();
      },
    );
  }

  #next(): void {
    if (this.#abort.signal.aborted) return;
    this.#timer = setTimeout(() => this.#poll(), this.#intervalMs);
    this.#timer.unref();
  }
}
