/**
 * The storage package's error catalogue: each error has a stable code, so that a server can map it to an HTTP
 * status (DATABASE_UNAVAILABLE → 503, INVALID_NAME and IMPLAUSIBLE_VALUE → 400, CONFLICT → 409) without parsing
 * messages.
 */
export type StorageErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'INVALID_NAME'
  | 'IMPLAUSIBLE_VALUE'
  | 'CONFLICT'
  | 'UNKNOWN_TABLE'
  | 'MIGRATION_FAILED';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The database cannot be reached (refused, timed out, shut down, closed): worth a 503 and a retry later. */
export class DatabaseUnavailableError extends StorageError {
  constructor(message: string, options?: ErrorOptions) {
    super('DATABASE_UNAVAILABLE', message, options);
  }
}

/**
 * Every connection of the pool stayed in use while this one waited its time: the database is fine, this process
 * is at its limit. Worth a 503 and a retry a little later.
 */
export class DatabaseBusyError extends StorageError {
  constructor(message: string, options?: ErrorOptions) {
    super('DATABASE_BUSY', message, options);
  }
}

/** A tenant name, domain or identifier that does not follow its rule. */
export class InvalidNameError extends StorageError {
  constructor(message: string) {
    super('INVALID_NAME', message);
  }
}

/** A value outside its metric's plausible range (see @perfanalysis/shared's plausible.ts): nothing was stored. */
export class ImplausibleValueError extends StorageError {
  constructor(message: string) {
    super('IMPLAUSIBLE_VALUE', message);
  }
}

/** A unique name (tenant, domain, username) that is already taken. */
export class ConflictError extends StorageError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFLICT', message, options);
  }
}

/** A table name that the tenant handle does not know: a programming error, never user input. */
export class UnknownTableError extends StorageError {
  constructor(table: string) {
    super('UNKNOWN_TABLE', `unknown tenant table ${JSON.stringify(table)}`);
  }
}

/** A control-schema migration failed: nothing can run on a half-migrated control schema. */
export class MigrationError extends StorageError {
  constructor(message: string, options?: ErrorOptions) {
    super('MIGRATION_FAILED', message, options);
  }
}

/** The SQLSTATE of a database error (both drivers expose it as `code`), or undefined. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === UNIQUE_VIOLATION;
}
