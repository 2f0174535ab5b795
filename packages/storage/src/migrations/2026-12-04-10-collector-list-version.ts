import type { Migration } from './migration.js';

/**
 * A counter that moves on whenever what the collector list shows changes, other than last-seen times: a
 * collector made, deleted, renamed, moved to a site, re-keyed or re-registered; a site; an upload made or
 * deleted. Triggers keep it, so no writer can forget it, and in the writer's transaction, so a reader that sees
 * the new count sees the change. Not on last_seen_at (every ingest batch) nor samples_version: ingest never
 * waits for this row.
 */
export const migration: Migration = {
  name: '2026-12-04-10-collector-list-version',
  target: 'tenant',
  sql: `
CREATE TABLE list_versions (
  list    text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO list_versions (list) VALUES ('collectors');

CREATE FUNCTION collector_list_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE list_versions SET version = version + 1 WHERE list = 'collectors';
  RETURN NULL;
END $$;

CREATE TRIGGER collector_list_rows AFTER INSERT OR DELETE OR TRUNCATE ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_fields
  AFTER UPDATE OF machine_name, site_id, platform, api_key_prefix, host_info ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_sites AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sites
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_uploads AFTER INSERT OR DELETE OR TRUNCATE ON uploads
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
`,
};
