import { CaptureError, openCapture } from '@perfanalysis/pcprocess';
import { DEFAULT_DEVICE_FILTERS, deriveSample, type HostInfo, type RawSnapshot } from '@perfanalysis/shared';
import { HostRows } from './host-rows.js';
import type { ReadProgress } from './read-host-csv.js';
import { ReportError } from './report-error.js';

/**
 * A pcc capture file (JSON Lines or array, gzip or not) into host rows, derived as pcprocess and import derive
 * them, and the machine its header describes.
 */
export async function readCapture(
  file: string,
  onProgress?: ReadProgress,
): Promise<{ rows: HostRows; host: HostInfo }> {
  let capture: Awaited<ReturnType<typeof openCapture>>;
  try {
    capture = await openCapture(file);
  } catch (error) {
    if (error instanceof CaptureError) throw new ReportError(error.message);
    throw error;
  }
  const rows = new HostRows();
  try {
    let previous: RawSnapshot | undefined;
    for await (const snapshot of capture.snapshots) {
      const sample = previous && deriveSample(previous, snapshot, DEFAULT_DEVICE_FILTERS);
      previous = snapshot;
      if (!sample) continue;
      const i = rows.next();
      rows.columns.times[i] = sample.timestamp;
      const values = sample as unknown as Readonly<Record<string, number | null>>;
      rows.metricNames.forEach((name, m) => {
        rows.columns.values[i * rows.metrics + m] = values[name] ?? Number.NaN;
      });
      if ((i & 0x3ff) === 0) onProgress?.(capture.bytesRead, capture.totalBytes);
    }
  } catch (error) {
    if (error instanceof CaptureError) throw new ReportError(error.message);
    throw error;
  } finally {
    capture.close();
  }
  return { rows, host: capture.header.host };
}
