import type { Database } from '@perfanalysis/storage';

/** What every route needs, built once per process: nothing in it is state another process would need. */
export interface ServerContext {
  readonly db: Database;
  /** The largest request body accepted, after decompression. */
  readonly bodyLimitBytes: number;
  /** The largest file an upload may carry (default 1 GiB). */
  readonly uploadLimitBytes?: number;
  /** Sample batches taken in at once before more are answered 503 INGEST_BUSY (default MAX_BATCHES_IN_HAND). */
  readonly maxBatchesInHand?: number;
}
