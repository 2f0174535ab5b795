import type { Migration } from './migration.js';

/**
 * Named runs: a time window on a collector that a person names and annotates ("200 users, after the kernel
 * update"), shown on its charts and picked in Compare. `version` counts edits, so that an edit made on a
 * stale copy is refused instead of silently undoing another user's.
 */
export const migration: Migration = {
  name: '2026-12-06-26-runs',
  target: 'tenant',
  sql: `
CREATE TABLE runs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name         text NOT NULL,
  note         text NOT NULL DEFAULT '',
  started_at   timestamptz NOT NULL,
  ended_at     timestamptz NOT NULL,
  created_by   bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  version      integer NOT NULL DEFAULT 1,
  CHECK (ended_at > started_at)
);
CREATE INDEX runs_collector_idx ON runs (collector_id, started_at);
`,
};
