import type { Migration } from './migration.js';

/** A schema that recorded some of the migrations a baseline replaces, but not all: it is in no known state. */
export class PartialBaselineError extends Error {
  constructor(
    readonly schema: string,
    readonly baseline: string,
    readonly missing: readonly string[],
  ) {
    super(
      `schema ${schema} was migrated by a development build from before the baseline ${baseline}, and stopped ` +
        `short of it: it lacks ${missing.join(', ')}. Migrate it first with a checkout from before the baseline ` +
        `(one that still has packages/storage/src/migrations/${missing.at(-1)}.ts), then start this version ` +
        'again; or start from an empty database (export what you need to keep first).',
    );
    this.name = 'PartialBaselineError';
  }
}

/**
 * Of the pending migrations, the baselines that the schema already has: it recorded every migration they replace
 * (it was migrated by them before they became the baseline), so they are to be recorded, not run. Throws
 * PartialBaselineError for a baseline of which the schema recorded some replaced migrations but not all.
 */
export function baselinesAlreadyMade(
  schema: string,
  pending: readonly Migration[],
  recorded: ReadonlySet<string>,
): Migration[] {
  return pending.filter((migration) => {
    const replaces = migration.replaces ?? [];
    const missing = replaces.filter((name) => !recorded.has(name));
    if (missing.length === replaces.length) return false;
    if (missing.length > 0) throw new PartialBaselineError(schema, migration.name, missing);
    return true;
  });
}
