/**
 * A dated migration: plain SQL for one kind of schema, frozen once released (released.json holds the SHA-256 of
 * each released one's SQL, and a test compares; never edit one, add the next). The runner sets `search_path` to
 * the schema it migrates, so the SQL names its tables unqualified; control migrations run once on the `control`
 * schema, tenant migrations once on every tenant schema.
 */
export interface Migration {
  /** `YYYY-MM-DD-NN-what`: applied in this order, recorded under this name. */
  readonly name: string;
  readonly target: 'control' | 'tenant';
  readonly sql: string;
  /**
   * A baseline's: the migrations it replaces. A schema that recorded all of them has what the baseline makes,
   * so the runner records the baseline there without running it; one that recorded only some is refused.
   */
  readonly replaces?: readonly string[];
}
