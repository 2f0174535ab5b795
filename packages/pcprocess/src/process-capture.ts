import { availableParallelism } from 'node:os';
import {
  type CaptureHeader,
  DEFAULT_DEVICE_FILTERS,
  type DeviceFilters,
  deriveSample,
  type RawSnapshot,
} from '@perfanalysis/shared';
import { type Capture, openCapture } from './capture-reader.js';
import { CsvWriters } from './csv-writers.js';
import { convertInParallel, type ParallelTuning } from './parallel.js';

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

/** The most worker threads a conversion starts: beyond that, writing the files is what limits it. */
const MAX_WORKERS = 8;

/**
 * A worker thread per core for plain JSON Lines captures from 16 MiB (smaller ones take well under a second
 * in one thread), each converting a mebibyte of the file at a time.
 */
export const DEFAULT_TUNING: ParallelTuning = {
  workers: Math.min(availableParallelism(), MAX_WORKERS),
  minBytes: 16 << 20,
  segmentBytes: 1 << 20,
};

/**
 * Converts a capture file into host.csv, the per-device CSV files and the container files. Each pair of
 * consecutive snapshots gives one sample through `deriveSample`; the files appear only when all of them are
 * complete, so a failure leaves the output directory as it was. Throws CaptureError or OutputError.
 */
export async function processCapture(options: ProcessOptions): Promise<ProcessResult> {
  return convertCapture(options, DEFAULT_TUNING);
}

/**
 * processCapture with the use of worker threads spelled out: a plain JSON Lines capture of at least
 * `tuning.minBytes` is converted by `tuning.workers` threads, anything else in this one. Both give the
 * same files, results and errors.
 */
export async function convertCapture(
  options: ProcessOptions,
  tuning: ParallelTuning,
): Promise<ProcessResult> {
  const filters = options.filters ?? DEFAULT_DEVICE_FILTERS;
  const capture = await openCapture(options.collection);
  let writers: CsvWriters | undefined;
  try {
    writers = await CsvWriters.create(options.outdir);
    const parallel =
      tuning.workers > 1 &&
      capture.layout === 'lines' &&
      !capture.compressed &&
      capture.totalBytes >= tuning.minBytes;
    let samples: number;
    let skippedLines: number;
    if (parallel) {
      capture.close();
      ({ samples, skippedLines } = await convertInParallel(
        capture,
        writers,
        filters,
        tuning,
        options.onProgress,
      ));
    } else {
      samples = await convertInThread(capture, writers, filters, options.onProgress);
      skippedLines = capture.skippedLines;
    }
    const files = await writers.commit();
    options.onProgress?.(parallel ? capture.totalBytes : capture.bytesRead, capture.totalBytes, samples);
    return { header: capture.header, samples, skippedLines, files };
  } catch (error) {
    await writers?.discard();
    throw error;
  } finally {
    capture.close();
  }
}

/** Reads the snapshots in this thread, one after the other; returns the samples written. */
async function convertInThread(
  capture: Capture,
  writers: CsvWriters,
  filters: DeviceFilters,
  onProgress: ProcessOptions['onProgress'],
): Promise<number> {
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
    if (onProgress && capture.bytesRead !== reportedBytes) {
      reportedBytes = capture.bytesRead;
      onProgress(reportedBytes, capture.totalBytes, samples);
    }
  }
  return samples;
}
