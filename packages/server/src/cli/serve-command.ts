import { join } from 'node:path';
import { text, UsageError } from '@perfanalysis/shared/cli-command';
import type { Database } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp, type Role } from '../app.js';
import { setupLinks } from '../auth/setup-token.js';
import { removeAbandonedUploadDirs, removeUploadDir } from '../http/upload-dir.js';
import { startLocalAgent } from '../local-agent.js';
import { IngestActivity } from '../pcd/ingest-activity.js';
import { loadPcdConfig } from '../pcd/pcd-config.js';
import { pcdSettings } from '../pcd/pcd-settings.js';
import { runRelay } from '../pcd/relay/run-relay.js';
import { scheduleRetention } from '../retention-schedule.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase } from './database-options.js';
import { HTTP_HELP, HTTP_OPTIONS, httpSettings } from './http-settings.js';
import { poolSizes } from './pool-sizes.js';

export const serve: Command = {
  name: 'serve',
  summary: 'run the server: the portal (port 8000) and the ingest role, pcd (port 8080)',
  usage: `perfanalysis serve [--services portal,ingest] [--portal-port 8000] [--ingest-port 8080] [--local-agent]

  --services LIST      the roles to run (default: portal,ingest); any number of processes may share one
                       PostgreSQL, each running any roles
  --host ADDRESS       the address to listen on (default: PA_HOST or 0.0.0.0)
  --portal-port N      (default: PA_PORTAL_PORT or 8000)
  --ingest-port N      (default: PA_INGEST_PORT or 8080)
  --port N             the port of the one role run (pcd --port 9090, or --services portal --port 9000)
  --body-limit-mb N    the largest request body, after decompression (default: 32)
  --portal-pool N      PostgreSQL connections of the portal, a pool of its own (default: PA_PORTAL_POOL, or
                       10 alone, 8 beside the ingest role)
  --ingest-pool N      PostgreSQL connections of the ingest role (default: PA_INGEST_POOL, or 6 alone, 4
                       beside the portal). A request that finds no connection free within 5 s is answered
                       503 with Retry-After
  --local-agent        also collect this machine's metrics, live, as collector <hostname> of site "local"
  --config FILE        pcd's configuration (YAML: server.port, read_timeout, write_timeout; storage.data_dir,
                       api_keys_file; xatbackend.url, upload_endpoint, api_key); the ingest role alone. Flags
                       and the environment come before the file
  --xatbackend-url URL relay pcc's data to this portal instead of writing a database (default:
                       PCD_XATBACKEND_URL, or xatbackend.url; its api_key also from PCD_XATBACKEND_API_KEY)
  --verbose            log every request to the ingest role (a line a minute without)
The portal's HTTP (the ingest role, pcd, stays plain HTTP on its own port):
${HTTP_HELP}
${DATABASE_HELP}

Environment (besides the defaults above):
  PA_JWT_SECRET        the secret the login tokens are signed with, derived per tenant (every process must
                       have the same); without it, a random one kept in each tenant's settings
  PA_LOG_LEVEL         the HTTP log's level: fatal, error, warn (default), info, debug, trace
All settings: docs/configuration.md.`,
  options: {
    ...DATABASE_OPTIONS,
    ...HTTP_OPTIONS,
    services: { type: 'string' },
    host: { type: 'string' },
    'portal-port': { type: 'string' },
    'ingest-port': { type: 'string' },
    port: { type: 'string' },
    'body-limit-mb': { type: 'string' },
    'portal-pool': { type: 'string' },
    'ingest-pool': { type: 'string' },
    'local-agent': { type: 'boolean' },
    config: { type: 'string' },
    'xatbackend-url': { type: 'string' },
    verbose: { type: 'boolean' },
  },
  async run(flags, _positionals, io) {
    const roles = (text(flags, 'services') ?? 'portal,ingest').split(',').map((s) => s.trim());
    for (const role of roles) {
      if (role !== 'portal' && role !== 'ingest')
        throw new UsageError(`--services: "${role}" is not a role (portal, ingest)`);
    }
    const pcdOnly = roles.length === 1 && roles[0] === 'ingest';
    const configFile = text(flags, 'config');
    if (!pcdOnly && (configFile !== undefined || text(flags, 'xatbackend-url') !== undefined))
      throw new UsageError(
        "--config and --xatbackend-url are pcd's: the ingest role alone (pcd --config FILE)",
      );
    const pcd = pcdSettings(flags, configFile === undefined ? undefined : await loadPcdConfig(configFile));
    for (const warning of pcd.warnings) io.err(`Warning: ${warning}`);
    const values = pcd.values;
    const verbose = values.verbose === true;
    const host = text(values, 'host') ?? process.env.PA_HOST ?? '0.0.0.0';
    const only = text(values, 'port');
    if (only !== undefined && roles.length !== 1)
      throw new UsageError('--port: with both roles, give --portal-port and --ingest-port');
    if (only !== undefined) port(only, 'port');
    /** --ROLE-port, else --port when that role runs alone, else the environment, else the default. */
    const portOf = (role: Role, env: string | undefined, fallback: string): number =>
      port(
        text(values, `${role}-port`) ?? (roles[0] === role ? only : undefined) ?? env ?? fallback,
        `${role}-port`,
      );
    const ports: Record<Role, number> = {
      portal: portOf('portal', process.env.PA_PORTAL_PORT, '8000'),
      ingest: portOf('ingest', process.env.PA_INGEST_PORT, pcd.port ?? '8080'),
    };
    const bodyLimitMb = Number(text(values, 'body-limit-mb') ?? '32');
    if (!(bodyLimitMb > 0)) throw new UsageError('--body-limit-mb: a number above 0');
    // Checked before anything starts: a bad certificate or origin stops serve with nothing half-started.
    const http = await httpSettings(values);
    if (http.tls && values['local-agent'] && !roles.includes('ingest'))
      throw new UsageError(
        '--local-agent with --tls-cert needs the ingest role: the local agent sends to its plain-HTTP port',
      );
    if (pcd.relay)
      return runRelay(
        {
          ...pcd.relay,
          host,
          port: ports.ingest,
          bodyLimitBytes: bodyLimitMb * 1024 * 1024,
          readTimeoutMs: pcd.readTimeoutMs,
          writeTimeoutMs: pcd.writeTimeoutMs,
          verbose,
          agent: 'pcd (relay)',
        },
        io,
      );

    // A signal from here on stops the server cleanly, once it has finished starting (one that came while it
    // started would otherwise kill it half-started, its upload directory and data directory lock left behind).
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    if (roles.includes('portal')) {
      for (const dir of await removeAbandonedUploadDirs())
        io.err(`Removed the uploads a stopped server left in ${dir}`);
    }
    const pools = poolSizes(values, roles as Role[]);
    const first = roles[0] as Role;
    const db = await openConfiguredDatabase(values, {
      mustOwn: true,
      poolSize: pools[first],
      warn: (line) => io.err(line),
    });
    // On PostgreSQL each role has its own pool; the embedded database is one session whatever the roles.
    const dbs = new Map<Role, Database>([[first, db]]);
    for (const role of roles as Role[]) {
      if (!dbs.has(role))
        dbs.set(
          role,
          db.kind === 'server'
            ? await openConfiguredDatabase(values, { migrate: false, poolSize: pools[role] })
            : db,
        );
    }
    const apps: FastifyInstance[] = [];
    const activity = new IngestActivity({ out: io.out, err: io.err, verbose });
    for (const role of roles as Role[]) {
      const context = { db: dbs.get(role) ?? db, bodyLimitBytes: bodyLimitMb * 1024 * 1024 };
      const app = await buildApp(context, {
        role,
        logger: { level: process.env.PA_LOG_LEVEL ?? 'warn' },
        ...(role === 'portal' ? { http } : {}),
      });
      if (role === 'ingest') {
        activity.watch(app);
        if (pcd.readTimeoutMs !== undefined) app.server.requestTimeout = pcd.readTimeoutMs;
        if (pcd.writeTimeoutMs !== undefined) app.server.setTimeout(pcd.writeTimeoutMs);
      }
      await app.listen({ host, port: ports[role] });
      apps.push(app);
      io.err(
        `${role === 'portal' ? 'Portal' : 'Ingest (pcd)'}: ${role === 'portal' && http.tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${ports[role]}`,
      );
    }
    io.err(`Database: ${db.kind} (${db.location})`);
    if (roles.includes('portal')) {
      const shown = host === '0.0.0.0' ? 'localhost' : host;
      for (const line of await setupLinks(db, ports.portal, shown, http.tls ? 'https' : 'http')) io.err(line);
    }
    const log = apps[0]?.log;
    const agent =
      values['local-agent'] && log
        ? await startLocalAgent(db, {
            ingestUrl: `http://127.0.0.1:${roles.includes('ingest') ? ports.ingest : ports.portal}`,
            spoolDir: join(text(values, 'data-dir') ?? process.env.PA_DATA_DIR ?? 'data', 'pcc-spool'),
            log,
          })
        : undefined;
    if (agent)
      io.err(`Local agent: collecting this machine as ${agent.machineName} (collector ${agent.collectorId})`);
    const retention = scheduleRetention(db, (error) => log?.error(`retention: ${error.message}`));
    const minutely = roles.includes('ingest') ? activity.every(ACTIVITY_EVERY_MS) : undefined;

    await stopped;
    io.err('Stopping…');
    minutely?.stop();
    retention.stop();
    await retention.firstPass;
    await agent?.stop();
    for (const app of apps) await app.close();
    await removeUploadDir();
    for (const opened of new Set(dbs.values())) await opened.close();
    return 0;
  },
};

const ACTIVITY_EVERY_MS = 60_000;

function port(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--${name}: "${value}" is not a port`);
  return n;
}
