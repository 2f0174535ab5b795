import type { Sample } from '@perfanalysis/shared';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';

/** What an import stored: rows read, stored and already there, and the time range they cover. */
export interface BatchTotals {
  readonly rows: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly firstTs: Date | null;
  readonly lastTs: Date | null;
}

const ignore = () => undefined;

/**
 * Stores an import's samples in batches of `size`, in bulk, keeping the totals. The next batch is read and
 * parsed while the database stores the one before (one batch in flight: the statements of a transaction
 * run one after the other). Whatever happens, nothing is still writing when this returns or throws, so the
 * caller's transaction can roll back cleanly.
 */
export async function storeInBatches(
  tx: TenantHandle,
  collectorId: string,
  samples: AsyncIterable<Sample>,
  size: number,
  onBatchStored: () => void = ignore,
): Promise<BatchTotals> {
  const repository = sampleRepository(tx);
  let rows = 0;
  let stored = 0;
  let duplicates = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const store = async (batch: readonly Sample[]): Promise<void> => {
    const result = await repository.insertSamples(collectorId, batch);
    stored += result.stored;
    duplicates += result.duplicates;
    onBatchStored();
  };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    let batch: Sample[] = [];
    for await (const sample of samples) {
      batch.push(sample);
      rows += 1;
      if (sample.timestamp < first) first = sample.timestamp;
      if (sample.timestamp > last) last = sample.timestamp;
      if (batch.length >= size) {
        await inFlight;
        inFlight = store(batch);
        inFlight.catch(ignore); // awaited before the next batch, or below
        batch = [];
      }
    }
    await inFlight;
    if (batch.length > 0) await store(batch);
  } catch (error) {
    await inFlight.catch(ignore);
    throw error;
  }
  const any = rows > 0;
  return {
    rows,
    stored,
    duplicates,
    firstTs: any ? new Date(first) : null,
    lastTs: any ? new Date(last) : null,
  };
}
