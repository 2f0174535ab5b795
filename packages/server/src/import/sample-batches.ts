import type { InsertResult } from '@perfanalysis/storage';

/** What an import stored: rows read, stored and already there, and the time range they cover. */
export interface BatchTotals {
  readonly rows: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly firstTs: Date | null;
  readonly lastTs: Date | null;
}

/** Rows read from a file, ready to store: how many, the time range they cover, and how they are stored. */
export interface ReadBatch {
  readonly rows: number;
  /** Unix ms. */
  readonly first: number;
  readonly last: number;
  store(): Promise<InsertResult>;
}

const ignore = () => undefined;

/**
 * Stores an import's batches, keeping the totals. The next batch is read while the database stores the one
 * before (one batch in flight: the statements of a transaction run one after the other). Whatever happens,
 * nothing is still writing when this returns or throws, so the caller's transaction can roll back cleanly.
 */
export async function storeInBatches(
  batches: AsyncIterable<ReadBatch>,
  onBatchStored: () => void = ignore,
): Promise<BatchTotals> {
  let rows = 0;
  let stored = 0;
  let duplicates = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const store = async (batch: ReadBatch): Promise<void> => {
    const result = await batch.store();
    stored += result.stored;
    duplicates += result.duplicates;
    onBatchStored();
  };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      rows += batch.rows;
      first = Math.min(first, batch.first);
      last = Math.max(last, batch.last);
      await inFlight;
      inFlight = store(batch);
      inFlight.catch(ignore); // awaited before the next batch is stored, or below
    }
    await inFlight;
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
