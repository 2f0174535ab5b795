import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { type Database, openDatabase, pendingMigrations, pingDatabase } from '@perfanalysis/storage';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS } from './database-options.js';

export type HealthStatus = 'healthy' | 'unhealthy' | 'unreachable';

/** One component's health, as `perfanalysis health` prints it. */
export interface HealthCheck {
  readonly name: 'database' | 'portal' | 'ingest';
  readonly status: HealthStatus;
  /** What was found, for people: "embedded, ./data/pglite; migrations up to date". */
  readonly detail: string;
  /** The address checked, for the HTTP roles. */
  readonly url?: string;
}

/** What a role's GET /healthz said, or why it said nothing. */
interface RoleAnswer {
  readonly check: HealthCheck;
  /** The database the role uses, when it answered: embedded or server. */
  readonly database?: string;
  readonly databaseError?: string;
}

export const healthCommand: Command = {
  name: 'health',
  summary: 'check the database, the portal and the ingest role; exit 1 when any is not healthy',
  usage: `perfanalysis health [--portal-url URL] [--ingest-url URL] [--timeout SECONDS] [--wait SECONDS] [--json]

  --portal-url URL     the portal to ask GET /healthz (default: http://127.0.0.1:PA_PORTAL_PORT, 8000)
  --ingest-url URL     the ingest role, pcd (default: http://127.0.0.1:PA_INGEST_PORT, 8080)
  --timeout SECONDS    how long to wait for each answer (default: 5)
  --wait SECONDS       check again, once a second, until all are healthy or this time has passed (for a
                       server that is starting: make start runs perfanalysis health --wait 120)
${DATABASE_HELP.split('\n')
  .filter((line) => !line.includes('--tenant'))
  .join('\n')}

The database: with a PostgreSQL server (DATABASE_URL), a connection, SELECT 1 and whether every migration is
applied. The embedded database admits one process at a time, so while the portal or the ingest role runs,
its health is theirs (their /healthz runs SELECT 1 on it); only when neither answers is it opened from here.
Exit status: 0 when all three are healthy, 1 when any is not.`,
  options: {
    'database-url': DATABASE_OPTIONS['database-url'] ?? { type: 'string' },
    'data-dir': DATABASE_OPTIONS['data-dir'] ?? { type: 'string' },
    json: { type: 'boolean' },
    'portal-url': { type: 'string' },
    'ingest-url': { type: 'string' },
    timeout: { type: 'string' },
    wait: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const timeoutMs = Number(text(values, 'timeout') ?? '5') * 1000;
    if (!(timeoutMs > 0)) throw new UsageError('--timeout: a number of seconds above 0');
    const waitMs = Number(text(values, 'wait') ?? '0') * 1000;
    if (!(waitMs >= 0)) throw new UsageError('--wait: a number of seconds, 0 or more');
    const portalUrl = roleUrl(values, 'portal-url', process.env.PA_PORTAL_PORT ?? '8000');
    const ingestUrl = roleUrl(values, 'ingest-url', process.env.PA_INGEST_PORT ?? '8080');
    const checkAll = async (): Promise<HealthCheck[]> => {
      const [portal, ingest] = await Promise.all([
        checkRole('portal', portalUrl, timeoutMs),
        checkRole('ingest', ingestUrl, timeoutMs),
      ]);
      return [await checkDatabase(values, [portal, ingest]), portal.check, ingest.check];
    };
    const allHealthy = (checks: readonly HealthCheck[]) => checks.every((c) => c.status === 'healthy');
    const until = Date.now() + waitMs;
    let checks = await checkAll();
    while (!allHealthy(checks) && Date.now() + 1000 < until) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      checks = await checkAll();
    }
    const healthy = allHealthy(checks);
    if (values.json) io.out(JSON.stringify({ healthy, checks }));
    else for (const c of checks) io.out(`${c.status === 'healthy' ? '✓' : '✗'} ${c.name}: ${describe(c)}`);
    return healthy ? 0 : 1;
  },
};

function describe(check: HealthCheck): string {
  if (check.name === 'database') return `${check.status} (${check.detail})`;
  return `${check.status} at ${check.url} (${check.detail})`;
}

function roleUrl(values: Values, flag: string, port: string): string {
  const given = text(values, flag) ?? `http://127.0.0.1:${port}`;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `http://${given}`);
  } catch {
    throw new UsageError(`--${flag}: "${given}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--${flag}: "${given}" is not an http or https URL`);
  return url.href.replace(/\/+$/, '');
}

/** GET <url>/healthz: 200 with status ok is healthy, any other answer unhealthy, no answer unreachable. */
async function checkRole(name: 'portal' | 'ingest', url: string, timeoutMs: number): Promise<RoleAnswer> {
  let response: Response;
  try {
    response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { check: { name, url, status: 'unreachable', detail: networkReason(error, timeoutMs) } };
  }
  const body = (await response.json().catch(() => undefined)) as
    | { status?: unknown; database?: unknown; error?: unknown }
    | undefined;
  const database = typeof body?.database === 'string' ? body.database : undefined;
  if (response.ok && body?.status === 'ok') {
    return {
      check: { name, url, status: 'healthy', detail: `database: ${database ?? 'unknown'}` },
      ...(database === undefined ? {} : { database }),
    };
  }
  const databaseError = typeof body?.error === 'string' ? body.error : undefined;
  const detail =
    response.status === 503 && databaseError !== undefined
      ? `its database is unavailable: ${databaseError}`
      : `GET /healthz answered HTTP ${response.status}`;
  return {
    check: { name, url, status: 'unhealthy', detail },
    ...(database === undefined ? {} : { database }),
    ...(databaseError === undefined ? {} : { databaseError }),
  };
}

/** ECONNREFUSED, ENOTFOUND, a time-out…: the short reason a request got no answer. */
function networkReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer in ${timeoutMs / 1000} s`;
  const cause = e.cause as { code?: string; message?: string; errors?: { code?: string }[] } | undefined;
  return (
    cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message ?? String(error)
  );
}

async function checkDatabase(values: Values, roles: readonly RoleAnswer[]): Promise<HealthCheck> {
  const url = text(values, 'database-url') ?? process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    // The embedded database: as the server reports it, else opened here — through its owner's socket when
    // another process has it open (see openDatabase).
    const answered = roles.find((r) => r.database !== undefined);
    if (answered) {
      const role = answered.check;
      if (answered.databaseError !== undefined)
        return {
          name: 'database',
          status: 'unhealthy',
          detail: `${answered.database}, as the ${role.name} at ${role.url} reports: ${answered.databaseError}`,
        };
      return {
        name: 'database',
        status: 'healthy',
        detail: `${answered.database}, in use by the ${role.name} at ${role.url}, which answers for it`,
      };
    }
    const socketDir = text(values, 'data-dir') ?? process.env.PA_DATA_DIR ?? 'data';
    const dataDir = join(socketDir, 'pglite');
    if (!dataDir.startsWith('memory://') && !existsSync(join(dataDir, 'PG_VERSION')))
      return {
        name: 'database',
        status: 'unhealthy',
        detail: `embedded, none at ${resolve(dataDir)}: start the server or run perfanalysis migrate`,
      };
    return checkDirectly(() => openDatabase({ dataDir, socketDir }));
  }
  return checkDirectly(() => openDatabase({ url, poolSize: 1 }));
}

/** Connects, runs SELECT 1, and compares the migrations recorded in every schema with this version's. */
async function checkDirectly(open: () => Promise<Database>): Promise<HealthCheck> {
  let db: Database;
  try {
    db = await open();
  } catch (error) {
    return { name: 'database', status: 'unreachable', detail: (error as Error).message };
  }
  const where = `${db.kind}, ${db.location}`;
  try {
    await pingDatabase(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    return { name: 'database', status: 'unreachable', detail: `${where}: ${(error as Error).message}` };
  }
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      const shown = pending.slice(0, 3).join(', ') + (pending.length > 3 ? ', …' : '');
      return {
        name: 'database',
        status: 'unhealthy',
        detail: `${where}; ${pending.length} migration${pending.length === 1 ? '' : 's'} pending (${shown}): run perfanalysis migrate`,
      };
    }
    return { name: 'database', status: 'healthy', detail: `${where}; migrations up to date` };
  } catch (error) {
    return { name: 'database', status: 'unhealthy', detail: `${where}: ${(error as Error).message}` };
  } finally {
    await db.close().catch(() => undefined);
  }
}
