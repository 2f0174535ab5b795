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

/** Collects an import's samples into batches of `size`, each stored in bulk, keeping the totals. */
export class SampleBatches {
  readonly #store: (samples: readonly Sample[]) => Promise<{ stored: number; duplicates: number }>;
  readonly #size: number;
  readonly #onFlush: () => void;
  #batch: Sample[] = [];
  #rows = 0;
  #stored = 0;
  #duplicates = 0;
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;

  constructor(tenant: TenantHandle, collectorId: string, size: number, onFlush: () => void = () => {}) {
    const samples = sampleRepository(tenant);
    this.#store = (batch) => samples.insertSamples(collectorId, batch);
    this.#size = size;
    this.#onFlush = onFlush;
  }

  async add(sample: Sample): Promise<void> {
    this.#batch.push(sample);
    this.#rows += 1;
    if (sample.timestamp < this.#first) this.#first = sample.timestamp;
    if (sample.timestamp > this.#last) this.#last = sample.timestamp;
    if (this.#batch.length >= this.#size) await this.#flush();
  }

  async finish(): Promise<BatchTotals> {
    if (this.#batch.length > 0) await this.#flush();
    const any = this.#rows > 0;
    return {
      rows: this.#rows,
      stored: this.#stored,
      duplicates: this.#duplicates,
      firstTs: any ? new Date(this.#first) : null,
      lastTs: any ? new Date(this.#last) : null,
    };
  }

  async #flush(): Promise<void> {
    const result = await this.#store(this.#batch);
    this.#stored += result.stored;
    this.#duplicates += result.duplicates;
    this.#batch = [];
    this.#onFlush();
  }
}
