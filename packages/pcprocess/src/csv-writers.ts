import { hostCsvLine, type Sample } from '@perfanalysis/shared';
import {
  CONTAINER_NAMES_JSON,
  CONTAINERS_CSV,
  DEVICE_TABLES,
  type DeviceTable,
  HOST_CSV,
} from './csv-tables.js';
import { type StagedFile, StagedFiles } from './staged-files.js';

/** The names of the files a run writes, in order. */
export const OUTPUT_FILES: readonly string[] = [
  HOST_CSV.file,
  ...DEVICE_TABLES.map((table) => table.file),
  CONTAINERS_CSV.file,
  CONTAINER_NAMES_JSON.file,
];

/**
 * Writes samples to host.csv, the per-device CSV files and containers.csv of an output directory, and
 * container_names.json at the end. Nothing appears under the final names before `commit`; `discard` leaves
 * no trace.
 */
export class CsvWriters {
  readonly #staged: StagedFiles;
  readonly #host: StagedFile;
  readonly #devices: readonly { readonly table: DeviceTable; readonly file: StagedFile }[];
  /** Each container's latest name, by id. */
  readonly #containerNames = new Map<string, string>();

  private constructor(staged: StagedFiles) {
    this.#staged = staged;
    this.#host = staged.file(HOST_CSV.file);
    this.#devices = [...DEVICE_TABLES, CONTAINERS_CSV].map((table) => ({
      table,
      file: staged.file(table.file),
    }));
  }

  /** Stages the output files in `outdir` (created when missing) and writes their headers. */
  static async create(outdir: string): Promise<CsvWriters> {
    const staged = await StagedFiles.create(outdir, OUTPUT_FILES);
    const writers = new CsvWriters(staged);
    writers.#host.write(HOST_CSV.header);
    for (const { table, file } of writers.#devices) file.write(table.header);
    return writers;
  }

  /** Appends a sample's row to host.csv and its devices' and containers' rows to their files. */
  add(sample: Sample): void {
    this.#host.write(hostCsvLine(sample));
    const timestamp = new Date(sample.timestamp).toISOString();
    for (const { table, file } of this.#devices) file.write(table.rows(sample, timestamp));
    for (const container of sample.containers) {
      this.#containerNames.set(container.container_id, container.container_name);
    }
  }

  /** True when a file has a full buffer: time to `flush`. */
  get full(): boolean {
    if (this.#host.full) return true;
    for (const { file } of this.#devices) if (file.full) return true;
    return false;
  }

  async flush(): Promise<void> {
    await this.#staged.flush();
  }

  /** Completes the files and moves them into place; returns their paths in OUTPUT_FILES order. */
  async commit(): Promise<string[]> {
    this.#staged.file(CONTAINER_NAMES_JSON.file).write(CONTAINER_NAMES_JSON.content(this.#containerNames));
    return this.#staged.commit();
  }

  async discard(): Promise<void> {
    await this.#staged.discard();
  }
}
