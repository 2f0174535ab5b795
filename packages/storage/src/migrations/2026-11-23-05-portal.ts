import type { Migration } from './migration.js';

/**
 * What the portal adds to a tenant: its settings, user API keys, the log-in throttle, uploaded files (their
 * content in chunks, so that any process can serve them), benchmarks and load-test results.
 */
export const migration: Migration = {
  name: '2026-11-23-05-portal',
  target: 'tenant',
  sql: `
CREATE TABLE settings (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE user_api_keys (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  key_hash     text NOT NULL UNIQUE,
  key_prefix   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX user_api_keys_user_id_idx ON user_api_keys (user_id);

CREATE TABLE login_failures (
  username        text PRIMARY KEY,
  failures        integer NOT NULL,
  last_failure_at timestamptz NOT NULL
);

CREATE TABLE uploads (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collector_id  uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  filename      text NOT NULL,
  description   text NOT NULL DEFAULT '',
  content_type  text,
  size_bytes    bigint NOT NULL,
  uploaded_by   bigint REFERENCES users (id) ON DELETE SET NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  rows_imported integer NOT NULL DEFAULT 0,
  first_ts      timestamptz,
  last_ts       timestamptz
);
CREATE INDEX uploads_collector_id_idx ON uploads (collector_id, uploaded_at DESC);

CREATE TABLE upload_chunks (
  upload_id uuid NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
  seq       integer NOT NULL,
  data      bytea NOT NULL,
  PRIMARY KEY (upload_id, seq)
);

CREATE TABLE benchmarks (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name         text NOT NULL,
  score        double precision NOT NULL,
  unit         text NOT NULL DEFAULT '',
  run_at       timestamptz NOT NULL DEFAULT now(),
  details      jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX benchmarks_name_collector_idx ON benchmarks (name, collector_id);

CREATE TABLE loadtests (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id    uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name            text NOT NULL DEFAULT '',
  utilization_pct double precision NOT NULL,
  work_units      double precision NOT NULL,
  run_at          timestamptz NOT NULL DEFAULT now(),
  details         jsonb,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX loadtests_collector_idx ON loadtests (collector_id, utilization_pct);
`,
};
