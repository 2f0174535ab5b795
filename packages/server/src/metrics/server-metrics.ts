import type { Database } from '@perfanalysis/storage';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { perDatabase } from '../per-database.js';

/** What an answer-cache lookup found: a kept answer, a computation under way, or nothing (it computes). */
export type CacheLookup = 'hit' | 'shared' | 'miss';

/**
 * The server's own metrics, one set per database (one per process in production; tests open several): HTTP
 * request durations by route, the batches and samples pcc sends, waits for a database connection, and the
 * answer cache's lookups.
 */
export class ServerMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'perfanalysis_http_request_duration_seconds',
    help: 'HTTP requests by method, route (its pattern, or "unmatched") and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly ingestBatches = new Counter({
    name: 'perfanalysis_ingest_batches_total',
    help: 'Sample batches stored from agents (POST /api/v1/metrics/)',
    registers: [this.registry],
  });

  readonly ingestSamples = new Counter({
    name: 'perfanalysis_ingest_samples_total',
    help: 'Samples in those batches: stored, or duplicates of samples stored before (a resent batch)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly answerCacheLookups = new Counter({
    name: 'perfanalysis_answer_cache_lookups_total',
    help: 'Dashboard answers asked of the cache: hit (kept), shared (being computed), miss (computed)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(db: Database) {
    const waits = () => db.connectionWaits();
    new Counter({
      name: 'perfanalysis_db_connection_waits_total',
      help: "Statements that asked for a database connection (PostgreSQL's pool, or the embedded one's turn)",
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(waits().count);
      },
    });
    new Counter({
      name: 'perfanalysis_db_connection_wait_seconds_total',
      help: 'Time those statements spent waiting for their connection',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(waits().seconds);
      },
    });
    new Gauge({
      name: 'perfanalysis_db_connection_waiting',
      help: 'Statements waiting for a database connection now',
      registers: [this.registry],
      collect() {
        this.set(waits().waiting);
      },
    });
  }

  /** Counts one batch from pcc and what became of its samples. */
  ingested(result: { readonly stored: number; readonly duplicates: number }): void {
    this.ingestBatches.inc();
    this.ingestSamples.inc({ result: 'stored' }, result.stored);
    this.ingestSamples.inc({ result: 'duplicate' }, result.duplicates);
  }
}

/** The metrics kept for this database. */
export const serverMetrics = (db: Database): ServerMetrics =>
  perDatabase(db, 'server metrics', () => new ServerMetrics(db));
