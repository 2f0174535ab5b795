import type { Migration } from './migration.js';

/** The control schema as v0.1.0 has it: tenants and the domains that lead to them. */
export const migration: Migration = {
  name: '2026-12-06-01-baseline-control',
  target: 'control',
  replaces: ['2026-11-23-01-control'],
  sql: `
CREATE TABLE tenants (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name           text NOT NULL UNIQUE,
  schema_name    text NOT NULL UNIQUE,
  retention_days integer CHECK (retention_days > 0),
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE domains (
  domain     text PRIMARY KEY,
  tenant_id  bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  is_primary boolean NOT NULL DEFAULT false
);
CREATE INDEX domains_tenant_id_idx ON domains (tenant_id);
`,
};
