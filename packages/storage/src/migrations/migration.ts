/**
 * A dated migration: plain SQL for one kind of schema, frozen once released (never edit one; add the next).
 * The runner sets `search_path` to the schema it migrates, so the SQL names its tables unqualified; control
 * migrations run once on the `control` schema, tenant migrations once on every tenant schema.
 */
export interface Migration {
  /** `YYYY-MM-DD-NN-what`: applied in this order, recorded under this name. */
  readonly name: string;
  readonly target: 'control' | 'tenant';
  readonly sql: string;
}
