import type { Migration } from './migration.js';

/**
 * A load-test run as `pcc loadtest` posts it: the definition that makes runs comparable (work unit name and
 * version, threads, levels, step duration) and the machine (CPU model, cores, kernel), with its start and
 * end. Its levels stay rows of loadtests, tied to the run; their work-unit version lets compare keep
 * versions apart. Rows posted one by one before have no run and no version.
 */
export const migration: Migration = {
  name: '2026-12-06-30-loadtest-runs',
  target: 'tenant',
  sql: `
CREATE TABLE loadtest_runs (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id      uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name              text NOT NULL,
  work_unit         text NOT NULL,
  work_unit_version integer NOT NULL,
  threads           integer NOT NULL,
  levels            double precision[] NOT NULL,
  step_duration_s   double precision NOT NULL,
  period_ms         double precision NOT NULL,
  hostname          text NOT NULL,
  cpu_model         text NOT NULL,
  cpu_count         integer NOT NULL,
  kernel            text NOT NULL,
  started_at        timestamptz NOT NULL,
  ended_at          timestamptz NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX loadtest_runs_collector_idx ON loadtest_runs (collector_id, started_at);

ALTER TABLE loadtests ADD COLUMN run_id bigint REFERENCES loadtest_runs (id) ON DELETE CASCADE;
ALTER TABLE loadtests ADD COLUMN work_unit_version integer;
CREATE INDEX loadtests_run_idx ON loadtests (run_id);
`,
};
