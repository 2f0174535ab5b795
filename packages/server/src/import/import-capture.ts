import { CaptureError, openCapture } from '@perfanalysis/pcprocess';
import { DEFAULT_DEVICE_FILTERS, deriveSample, type RawSnapshot, type Sample } from '@perfanalysis/shared';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { ImportError } from './import-error.js';
import type { ImportProgress, ImportResult } from './import-host-csv.js';
import { TimeSpan } from './time-span.js';

const BATCH_SAMPLES = 2000;

/**
 * Imports a pcc capture file (JSON Lines, gzip or a JSON array) directly: samples are derived as pcprocess
 * derives them, with their per-device detail, and stored all or nothing.
 */
export async function importCapture(
  tenant: TenantHandle,
  collectorId: string,
  file: string,
  onProgress?: ImportProgress,
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
      const samples = sampleRepository(tx);
      let rows = 0;
      let stored = 0;
      let duplicates = 0;
      let batch: Sample[] = [];
      const span = new TimeSpan();
      const flush = async (): Promise<void> => {
        const result = await samples.insertSamples(collectorId, batch);
        stored += result.stored;
        duplicates += result.duplicates;
        batch = [];
        onProgress?.(capture.bytesRead, capture.totalBytes);
      };
      let previous: RawSnapshot | undefined;
      for await (const snapshot of capture.snapshots) {
        const sample = previous && deriveSample(previous, snapshot, DEFAULT_DEVICE_FILTERS);
        previous = snapshot;
        if (!sample) continue;
        batch.push(sample);
        span.add(sample.timestamp);
        rows += 1;
        if (batch.length >= BATCH_SAMPLES) await flush();
      }
      if (batch.length > 0) await flush();
      return { rows, stored, duplicates, ignoredColumns: [], ...span.range() };
    });
  } catch (error) {
    if (error instanceof CaptureError) throw new ImportError(file, error.message);
    throw error;
  } finally {
    capture.close();
  }
}
