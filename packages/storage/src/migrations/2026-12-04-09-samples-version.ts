import type { Migration } from './migration.js';

/**
 * A counter per collector that every change to its samples moves on (markSamplesChanged, in the change's own
 * transaction): what is computed from a collector's samples can be kept as long as the counter stands still.
 */
export const migration: Migration = {
  name: '2026-12-04-09-samples-version',
  target: 'tenant',
  sql: `ALTER TABLE collectors ADD COLUMN samples_version bigint NOT NULL DEFAULT 0;`,
};
