import type { Migration } from './migration.js';

/**
 * Which upload stored each sample row: deleting an upload deletes exactly the rows it stored. NULL for rows
 * of live ingest, of a command-line import, and of uploads made before this migration (their provenance is not
 * known, so deleting such an upload deletes no samples). Only the rows an upload inserted carry its id: a row
 * it skipped as already stored keeps its owner. No index and no foreign key (each costs every insert): the
 * delete reads the upload's time range along the primary key.
 */
export const migration: Migration = {
  name: '2026-12-05-11-upload-provenance',
  target: 'tenant',
  sql: `
ALTER TABLE samples ADD COLUMN upload_id uuid;
ALTER TABLE sample_cpus ADD COLUMN upload_id uuid;
ALTER TABLE sample_disks ADD COLUMN upload_id uuid;
ALTER TABLE sample_nets ADD COLUMN upload_id uuid;
ALTER TABLE sample_filesystems ADD COLUMN upload_id uuid;
ALTER TABLE sample_temperatures ADD COLUMN upload_id uuid;
ALTER TABLE sample_containers ADD COLUMN upload_id uuid;
`,
};
