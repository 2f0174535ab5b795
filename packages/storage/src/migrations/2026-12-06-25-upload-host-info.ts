import type { Migration } from './migration.js';

/**
 * The machine a capture file came from, as its header says (hostname, OS, kernel, CPU, memory, storage):
 * kept per upload so that a comparison of captures can say which machine each ran on. NULL for host.csv
 * files (they carry no such header) and for uploads made before this migration.
 */
export const migration: Migration = {
  name: '2026-12-06-25-upload-host-info',
  target: 'tenant',
  sql: `
ALTER TABLE uploads ADD COLUMN host_info jsonb;
`,
};
