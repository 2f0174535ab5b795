/**
 * What `pcc loadtest` produces, writes with --output and posts to `POST /api/v1/loadtest/`: one run of a
 * fixed, versioned unit of CPU work at several target utilisation levels, and what makes runs comparable.
 */
export interface LoadTestRun {
  /** The test's name: results are only ever compared with results of the same name. */
  readonly name: string;
  /** The host name pcc ran on (the collector a posted run belongs to is the API key's). */
  readonly hostname: string;
  readonly cpu_model: string;
  readonly cpu_count: number;
  readonly kernel: string;
  readonly work_unit: { readonly name: string; readonly version: number };
  readonly threads: number;
  /** The target levels, in the order they ran. */
  readonly levels: readonly number[];
  readonly step_duration_s: number;
  /** The duty cycle's period: each thread is busy for level % of each period. */
  readonly period_ms: number;
  readonly started_at: string;
  readonly ended_at: string;
  readonly steps: readonly LoadTestStep[];
}

export interface LoadTestStep {
  readonly target_pct: number;
  /** Host utilisation from /proc/stat over the step: neither idle, iowait nor steal. */
  readonly achieved_pct: number;
  readonly steal_pct: number;
  /** pcc's own CPU time over the step as a share of its threads' capacity: how well the duty cycle held. */
  readonly own_pct: number;
  readonly units_per_s: number;
  readonly units_per_s_per_thread: readonly number[];
  /** Utilisation of each CPU from /proc/stat over the step, by its name there (cpu0, cpu1…). */
  readonly cpu_pct: Readonly<Record<string, number>>;
}

/** What `pcc benchmark` produces: each benchmark of the suite with its score, unit and parameters. */
export interface BenchmarkRun {
  readonly suite: { readonly name: string; readonly version: number };
  readonly hostname: string;
  readonly cpu_model: string;
  readonly cpu_count: number;
  readonly kernel: string;
  readonly started_at: string;
  readonly ended_at: string;
  readonly results: readonly BenchmarkResult[];
}

export interface BenchmarkResult {
  readonly name: string;
  readonly score: number;
  readonly unit: string;
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  /** What a reader should know about how it ran (for example: O_DIRECT refused, buffered I/O used). */
  readonly note?: string;
}
