import { type QuotedName, qualify, quoteIdent } from '../database/identifiers.js';

/** The schema that holds what is not any one tenant's: tenants and their domains. */
export const CONTROL_SCHEMA = 'control';
export const CONTROL_TABLES = ['schema_migrations', 'tenants', 'domains'] as const;
export type ControlTable = (typeof CONTROL_TABLES)[number];

export const controlSchema: QuotedName = quoteIdent(CONTROL_SCHEMA);

export function controlTable(name: ControlTable): QuotedName {
  return qualify(CONTROL_SCHEMA, name);
}
