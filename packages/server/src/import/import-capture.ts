import { CaptureError, openCapture } from '@perfanalysis/pcprocess';
import {
  DEFAULT_DEVICE_FILTERS,
  deriveSample,
  type RawSnapshot,
  type Sample,
  sampleProblem,
  timeProblem,
} from '@perfanalysis/shared';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { ImportError } from './import-error.js';
import type { ImportOptions, ImportResult } from './import-host-csv.js';
import { type ReadBatch, storeInBatches } from './sample-batches.js';

const BATCH_SAMPLES = 2000;

/**
 * Imports a pcc capture file (JSON Lines, gzip or a JSON array) directly: samples are derived as pcprocess
 * derives them, with their per-device detail, and stored all or nothing: a snapshot timed before 2000 or
 * beyond tomorrow, or a derived value outside its plausible range, refuses the file.
 */
export async function importCapture(
  tenant: TenantHandle,
  collectorId: string,
  file: string,
  { onProgress, uploadId }: ImportOptions = {},
): Promise<ImportResult> {
  let capture: Awaited<ReturnType<typeof openCapture>>;
  try {
    capture = await openCapture(file);
  } catch (error) {
    if (error instanceof CaptureError) throw new ImportError(file, error.message.replace(`${file}: `, ''));
    throw error;
  }
  try {
    return await tenant.transaction(async (tx) => {
      const repository = sampleRepository(tx);
      const batchOf = (samples: readonly Sample[]): ReadBatch => ({
        rows: samples.length,
        first: samples.reduce((min, s) => Math.min(min, s.timestamp), Number.POSITIVE_INFINITY),
        last: samples.reduce((max, s) => Math.max(max, s.timestamp), Number.NEGATIVE_INFINITY),
        store: () => repository.insertSamples(collectorId, samples, { uploadId }),
      });
      async function* batches(): AsyncGenerator<ReadBatch> {
        let previous: RawSnapshot | undefined;
        let samples: Sample[] = [];
        for await (const snapshot of capture.snapshots) {
          const sample = previous && deriveSample(previous, snapshot, DEFAULT_DEVICE_FILTERS);
          previous = snapshot;
          if (sample) {
            const late = timeProblem(sample.timestamp);
            const problem = late === undefined ? sampleProblem(sample) : `a snapshot's time ${late}`;
            if (problem !== undefined) throw new ImportError(file, problem);
            samples.push(sample);
          }
          if (samples.length === BATCH_SAMPLES) {
            yield batchOf(samples);
            samples = [];
          }
        }
        if (samples.length > 0) yield batchOf(samples);
      }
      const totals = await storeInBatches(batches(), () =>
        onProgress?.(capture.bytesRead, capture.totalBytes),
      );
      return { ...totals, ignoredColumns: [], hostInfo: capture.header.host };
    });
  } catch (error) {
    if (error instanceof CaptureError) throw new ImportError(file, error.message);
    throw error;
  } finally {
    capture.close();
  }
}
