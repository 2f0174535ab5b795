import {
  type Collector,
  collectorKeyVersion,
  collectorRepository,
  type Database,
  DatabaseBusyError,
  DatabaseUnavailableError,
  hashApiKey,
  InvalidNameError,
  localKeyChanges,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { splitQualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { perDatabase } from '../per-database.js';

export interface AuthenticatedCollector {
  readonly tenant: TenantHandle;
  readonly collector: Collector;
}

/**
 * How long a tenant's collector key version is trusted before it is read again: the longest that a key replaced,
 * or a collector deleted, by another process (a second server on the same PostgreSQL, the command line) still
 * gets in here. A change made in this process is seen at once.
 */
export const KEY_VERSION_TRUSTED_MS = 1000;
/** Keys kept per tenant; past that the oldest are dropped (and looked up again when they come back). */
const KEYS_PER_TENANT = 100_000;

/** What is kept of one tenant's keys: the collectors they named, as of a key version. */
interface TenantKeys {
  readonly handle: TenantHandle;
  /** Collectors by the SHA-256 of their key's secret (the secret itself is not kept). */
  readonly collectors: Map<string, Collector>;
  version: number;
  /** localKeyChanges when the version was last read. */
  local: number;
  /** When the version was last read (the cache's clock, taken before the read). */
  checkedAt: number;
  /** Moves on whenever `collectors` is emptied: a lookup begun before must not put back what it found. */
  generation: number;
  checking: Promise<boolean> | undefined;
}

const isAvailabilityError = (error: unknown): boolean =>
  error instanceof DatabaseUnavailableError || error instanceof DatabaseBusyError;

/**
 * The ingest role's collector keys, kept so that a batch costs no lookup (two queries, tenant and collector,
 * before). A version check keeps it right: each tenant's key version (moved on by triggers whenever a key is
 * replaced or a collector deleted) is read again when KEY_VERSION_TRUSTED_MS have passed, or at once when this
 * process changed the tenant's keys; when it has moved, all the tenant's keys are forgotten. Unknown keys and
 * tenants are never kept.
 */
export class CollectorAuthCache {
  readonly #tenants = new Map<string, Promise<TenantKeys | undefined>>();

  /** `now`: a clock in ms (performance.now unless a test gives its own). */
  constructor(
    readonly db: Database,
    readonly now: () => number = () => performance.now(),
  ) {}

  async authenticate(key: string | undefined): Promise<AuthenticatedCollector> {
    const parts = key === undefined ? undefined : splitQualifiedKey(key);
    if (parts === undefined) throw new ApiError('INVALID_API_KEY');
    const hash = hashApiKey(parts.secret);
    const keys = await this.#tenantKeys(parts.tenantName);
    if (keys === undefined) throw new ApiError('INVALID_API_KEY');
    const known = keys.collectors.get(hash);
    if (known !== undefined) return { tenant: keys.handle, collector: known };
    const generation = keys.generation;
    const collector = await collectorRepository(keys.handle).findByApiKey(parts.secret);
    if (collector === undefined) throw new ApiError('INVALID_API_KEY');
    if (keys.generation === generation) {
      if (keys.collectors.size >= KEYS_PER_TENANT) {
        const oldest = keys.collectors.keys().next();
        if (!oldest.done) keys.collectors.delete(oldest.value);
      }
      keys.collectors.set(hash, collector);
    }
    return { tenant: keys.handle, collector };
  }

  /** The tenant's keys, their version checked; undefined for a tenant that does not exist (any more). */
  async #tenantKeys(name: string): Promise<TenantKeys | undefined> {
    let pending = this.#tenants.get(name);
    if (pending === undefined) {
      pending = this.#load(name);
      this.#tenants.set(name, pending);
      pending.then(
        (keys) => {
          if (keys === undefined) this.#forget(name, pending);
        },
        () => this.#forget(name, pending),
      );
    }
    const keys = await pending;
    if (keys === undefined) return undefined;
    if (keys.local === localKeyChanges(keys.handle.tenant.schemaName)) {
      if (this.now() - keys.checkedAt < KEY_VERSION_TRUSTED_MS) return keys;
    }
    keys.checking ??= this.#check(keys).finally(() => {
      keys.checking = undefined;
    });
    if (await keys.checking) return keys;
    // The version could not be read: the tenant is gone (or changed); start again from its name.
    this.#forget(name, pending);
    return this.#tenantKeys(name);
  }

  #forget(name: string, pending: Promise<TenantKeys | undefined> | undefined): void {
    if (this.#tenants.get(name) === pending) this.#tenants.delete(name);
  }

  async #load(name: string): Promise<TenantKeys | undefined> {
    const tenant = await tenantByName(this.db, name).catch((error: unknown) => {
      if (error instanceof InvalidNameError) return undefined;
      throw error;
    });
    if (tenant === undefined) return undefined;
    const handle = tenantHandle(this.db, tenant);
    const local = localKeyChanges(tenant.schemaName);
    const checkedAt = this.now();
    const version = await collectorKeyVersion(handle);
    return { handle, collectors: new Map(), version, local, checkedAt, generation: 0, checking: undefined };
  }

  /** Reads the version again; a new one empties the keys. False when it cannot be read (the tenant is gone). */
  async #check(keys: TenantKeys): Promise<boolean> {
    const local = localKeyChanges(keys.handle.tenant.schemaName);
    const checkedAt = this.now();
    let version: number;
    try {
      version = await collectorKeyVersion(keys.handle);
    } catch (error) {
      if (isAvailabilityError(error)) throw error;
      keys.collectors.clear();
      keys.generation += 1;
      return false;
    }
    if (version !== keys.version) {
      keys.collectors.clear();
      keys.generation += 1;
      keys.version = version;
    }
    keys.local = local;
    keys.checkedAt = checkedAt;
    return true;
  }
}

/** The key cache of one database (one per role's pool). */
export const collectorAuthCache = (db: Database): CollectorAuthCache =>
  perDatabase(db, 'collector keys', () => new CollectorAuthCache(db));

/**
 * The collector whose API key the request carries (`Authorization: ApiKey <key>`, or `Bearer <key>`, or an
 * `X-API-Key` header). The key names its tenant; anything missing, malformed or unknown is 401.
 */
export function authenticateCollector(
  db: Database,
  request: FastifyRequest,
): Promise<AuthenticatedCollector> {
  return collectorAuthCache(db).authenticate(presentedKey(request));
}

/** The key a request presents, in any of the accepted headers. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^(ApiKey|Bearer)\s+(\S+)$/i.exec(header.trim());
    return match?.[2];
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}
