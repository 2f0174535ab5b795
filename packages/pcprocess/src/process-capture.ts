import {
  type CaptureHeader,
  DEFAULT_DEVICE_FILTERS,
  type DeviceFilters,
  deriveSample,
  type RawSnapshot,
} from '@perfanalysis/shared';
import { openCapture } from './capture-reader.js';
import { CsvWriters } from './csv-writers.js';

/** What to convert, where to, and how to report progress. */
export interface ProcessOptions {
  /** The capture file. */
  readonly collection: string;
  /** The directory the CSV files go to; created when missing. */
  readonly outdir: string;
  /** Which devices are reported and counted in the host totals; the shared defaults when absent. */
  readonly filters?: DeviceFilters;
  /** Called as the file is read, about once a mebibyte, and once at the end. */
  readonly onProgress?: (bytesRead: number, totalBytes: number, samples: number) => void;
}

/** What a conversion produced. */
export interface ProcessResult {
  readonly header: CaptureHeader;
  /** Rows written to host.csv: one per interval between consecutive snapshots. */
  readonly samples: number;
  /** Truncated last lines skipped (0 or 1). */
  readonly skippedLines: number;
  /** Paths of the files written, host.csv first. */
  readonly files: readonly string[];
}

/**
 * Converts a capture file into host.csv, the per-device CSV files and the container files. Each pair of
 * consecutive snapshots gives one sample through `deriveSample`; the files appear only when all of them are
 * complete, so a failure leaves the output directory as it was. Throws CaptureError or OutputError.
 */
export async function processCapture(options: ProcessOptions): Promise<ProcessResult> {
  const filters = options.filters ?? DEFAULT_DEVICE_FILTERS;
  const capture = await openCapture(options.collection);
  let writers: CsvWriters | undefined;
  try {
    writers = await CsvWriters.create(options.outdir);
    let samples = 0;
    let reportedBytes = -1;
    let previous: RawSnapshot | undefined;
    for await (const snapshot of capture.snapshots) {
      const sample = previous && deriveSample(previous, snapshot, filters);
      previous = snapshot;
      if (sample) {
        writers.add(sample);
        samples += 1;
        if (writers.full) await writers.flush();
      }
      if (options.onProgress && capture.bytesRead !== reportedBytes) {
        reportedBytes = capture.bytesRead;
        options.onProgress(reportedBytes, capture.totalBytes, samples);
      }
    }
    const files = await writers.commit();
    options.onProgress?.(capture.bytesRead, capture.totalBytes, samples);
    return { header: capture.header, samples, skippedLines: capture.skippedLines, files };
  } catch (error) {
    await writers?.discard();
    throw error;
  } finally {
    capture.close();
  }
}
