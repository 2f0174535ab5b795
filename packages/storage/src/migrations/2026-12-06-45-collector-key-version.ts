import type { Migration } from './migration.js';

/**
 * A counter that moves on, in the writer's transaction, whenever a collector key stops naming the collector it
 * named: a key replaced, a collector deleted. The ingest role's key cache compares it (one row, read at most
 * once a second per tenant) to drop what it holds when another process changed keys. Triggers keep it, so that
 * no writer can forget it.
 */
export const migration: Migration = {
  name: '2026-12-06-45-collector-key-version',
  target: 'tenant',
  sql: `
INSERT INTO list_versions (list) VALUES ('collector_keys');

CREATE FUNCTION collector_keys_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE list_versions SET version = version + 1 WHERE list = 'collector_keys';
  RETURN NULL;
END $$;

CREATE TRIGGER collector_keys_rows AFTER DELETE OR TRUNCATE ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_keys_changed();
CREATE TRIGGER collector_keys_replaced AFTER UPDATE OF api_key_hash ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_keys_changed();
`,
};
