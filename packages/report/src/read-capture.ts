import { CaptureError, openCapture } from '@perfanalysis/pcprocess';
import { DEFAULT_DEVICE_FILTERS, deriveSample, type HostInfo, type RawSnapshot } from '@perfanalysis/shared';
import { RowChunk, type RowSink } from './host-rows.js';
import type { ReadProgress } from './read-host-csv.js';
import { ReportError } from './report-error.js';

/**
 * A pcc capture file (JSON Lines or array, gzip or not) into a sink, a chunk of host rows at a time, derived as
 * pcprocess and import derive them; returns the machine its header describes.
 */
export async function readCapture(file: string, sink: RowSink, onProgress?: ReadProgress): Promise<HostInfo> {
  let capture: Awaited<ReturnType<typeof openCapture>>;
  try {
    capture = await openCapture(file);
  } catch (error) {
    if (error instanceof CaptureError) throw new ReportError(error.message);
    throw error;
  }
  const rows = new RowChunk(sink);
  try {
    let previous: RawSnapshot | undefined;
    for await (const snapshot of capture.snapshots) {
      const sample = previous && deriveSample(previous, snapshot, DEFAULT_DEVICE_FILTERS);
      previous = snapshot;
      if (!sample) continue;
      const i = rows.next();
      rows.times[i] = sample.timestamp;
      const values = sample as unknown as Readonly<Record<string, number | null>>;
      rows.metricNames.forEach((name, m) => {
        rows.values[i * rows.metrics + m] = values[name] ?? Number.NaN;
      });
      if (((rows.flushed + i) & 0x3ff) === 0) onProgress?.(capture.bytesRead, capture.totalBytes);
    }
  } catch (error) {
    if (error instanceof CaptureError) throw new ReportError(error.message);
    throw error;
  } finally {
    capture.close();
  }
  rows.flush();
  return capture.header.host;
}
