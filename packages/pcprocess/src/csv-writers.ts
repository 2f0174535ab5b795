import type { Sample } from '@perfanalysis/shared';
import { CsvSink } from './csv-sink.js';
import {
  CONTAINER_NAMES_JSON,
  CONTAINERS_CSV,
  type CsvTable,
  DEVICE_TABLES,
  HOST_CSV,
} from './csv-tables.js';
import { IsoTimestamps } from './iso-time.js';
import { type StagedFile, StagedFiles } from './staged-files.js';

/** Appended rows are written once a file has this many bytes waiting. */
const FLUSH_BYTES = 1 << 20;

/** The CSV files with rows, in the order of OUTPUT_FILES. */
export const CSV_TABLES: readonly CsvTable[] = [HOST_CSV, ...DEVICE_TABLES, CONTAINERS_CSV];

/** The names of the files a run writes, in order. */
export const OUTPUT_FILES: readonly string[] = [
  ...CSV_TABLES.map((table) => table.file),
  CONTAINER_NAMES_JSON.file,
];

/** Samples' rows for each file of CSV_TABLES, gathered in memory, and the containers' names. */
export class CsvRows {
  /** One per file of CSV_TABLES, in that order. */
  readonly sinks: readonly CsvSink[] = CSV_TABLES.map(() => new CsvSink());
  /** Each container's latest name, by id, in the order they appeared. */
  readonly containerNames = new Map<string, string>();
  readonly #timestamps = new IsoTimestamps();

  add(sample: Sample): void {
    const timestamp = this.#timestamps.format(sample.timestamp);
    for (let i = 0; i < CSV_TABLES.length; i += 1) {
      (CSV_TABLES[i] as CsvTable).rows(this.sinks[i] as CsvSink, sample, timestamp);
    }
    for (const container of sample.containers) {
      this.containerNames.set(container.container_id, container.container_name);
    }
  }

  /** True when a file has a full buffer: time to write. */
  get full(): boolean {
    for (const sink of this.sinks) if (sink.full) return true;
    return false;
  }
}

/**
 * Writes samples to host.csv, the per-device CSV files and containers.csv of an output directory, and
 * container_names.json at the end. Nothing appears under the final names before `commit`; `discard` leaves
 * no trace.
 */
export class CsvWriters {
  readonly #staged: StagedFiles;
  /** One per file of CSV_TABLES, in that order. */
  readonly #files: readonly StagedFile[];
  readonly #rows = new CsvRows();

  private constructor(staged: StagedFiles) {
    this.#staged = staged;
    this.#files = CSV_TABLES.map((table) => staged.file(table.file));
  }

  /** Stages the output files in `outdir` (created when missing) and writes their headers. */
  static async create(outdir: string): Promise<CsvWriters> {
    const staged = await StagedFiles.create(outdir, OUTPUT_FILES);
    const writers = new CsvWriters(staged);
    CSV_TABLES.forEach((table, i) => {
      writers.#files[i]?.write(table.header);
    });
    return writers;
  }

  /** Appends a sample's row to host.csv and its devices' and containers' rows to their files. */
  add(sample: Sample): void {
    this.#rows.add(sample);
  }

  /** True when a file has a full buffer: time to `flush`. */
  get full(): boolean {
    return this.#rows.full;
  }

  /**
   * Appends rows formatted elsewhere (by a worker thread): each file's bytes, in CSV_TABLES order, and the
   * latest names of the containers they hold, in the order they appeared.
   */
  append(files: readonly Uint8Array[], containerNames: Iterable<readonly [string, string]>): void {
    files.forEach((bytes, i) => {
      this.#files[i]?.write(bytes);
    });
    for (const [id, name] of containerNames) this.#rows.containerNames.set(id, name);
  }

  /** True when enough has been appended to be worth a `flush`. */
  get pending(): boolean {
    for (const file of this.#files) if (file.pendingBytes >= FLUSH_BYTES) return true;
    return false;
  }

  /** Writes the full buffers out. */
  async flush(): Promise<void> {
    this.#rows.sinks.forEach((sink, i) => {
      for (const buffer of sink.takeFull()) this.#files[i]?.write(buffer);
    });
    await this.#staged.flush();
  }

  /** Completes the files and moves them into place; returns their paths in OUTPUT_FILES order. */
  async commit(): Promise<string[]> {
    this.#rows.sinks.forEach((sink, i) => {
      for (const buffer of sink.take()) this.#files[i]?.write(buffer);
    });
    const names = CONTAINER_NAMES_JSON.content(this.#rows.containerNames);
    this.#staged.file(CONTAINER_NAMES_JSON.file).write(names);
    return this.#staged.commit();
  }

  async discard(): Promise<void> {
    await this.#staged.discard();
  }
}
