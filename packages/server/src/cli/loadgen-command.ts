import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { formatTable } from '@perfanalysis/shared';
import { required, text, UsageError } from '@perfanalysis/shared/cli-command';
import {
  collectorRepository,
  createTenant,
  type Database,
  dropTenant,
  tenantHandle,
  userRepository,
} from '@perfanalysis/storage';
import { qualifiedKey } from '../credentials.js';
import { type FleetLoadResult, runFleetLoad, WARMUP_MS } from '../loadgen/fleet-load.js';
import { call } from '../loadgen/http-call.js';
import { hashPassword } from '../passwords.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase } from './database-options.js';

/** The seeds' load_test.py scenarios, as a fleet: pcc agents at 1 s (5 samples every 5 s) and dashboard viewers. */
const SCENARIOS = {
  light: { agents: 100, viewers: 10, seconds: 60 },
  medium: { agents: 1000, viewers: 50, seconds: 120 },
  heavy: { agents: 5000, viewers: 100, seconds: 300 },
} as const;
type Scenario = keyof typeof SCENARIOS;

const CREATORS = 8;

export const loadgenCommand: Command = {
  name: 'loadgen',
  summary: 'put a fleet of simulated agents and viewers on a running server, in a tenant of its own',
  usage: `perfanalysis loadgen --portal URL --ingest URL --scenario light|medium|heavy [--seconds N]

  Creates a tenant loadgen_<random> (domain loadgen-<random>.test) with its collectors and a viewer, runs the
  load, prints latencies and errors, and removes the tenant again, also when stopped with Ctrl-C.
  light: 100 agents, 10 viewers, 60 s; medium: 1,000, 50, 120 s; heavy: 5,000, 100, 300 s. Each agent sends
  5 realistic samples (gzip) every 5 s, as pcc at 1 s does; each viewer asks for a collector's live 1H series
  every 5 s and the collector list every 30 s. The database options name the server's database (to create and
  remove the tenant): run it where DATABASE_URL reaches that PostgreSQL.

  --portal URL         the portal's base URL (http://host:8000)
  --ingest URL         the ingest role's base URL (http://host:8080); repeat it to spread agents over several
  --scenario NAME      light, medium or heavy
  --seconds N          how long the agents sample (default: the scenario's); a drain of up to 60 s follows
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    portal: { type: 'string' },
    ingest: { type: 'string', multiple: true },
    scenario: { type: 'string' },
    seconds: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const scenarioName = required(values, 'scenario');
    if (!(scenarioName in SCENARIOS))
      throw new UsageError(`--scenario: "${scenarioName}" is not one of light, medium, heavy`);
    const scenario = SCENARIOS[scenarioName as Scenario];
    const portalUrl = url(required(values, 'portal'), 'portal');
    const ingestUrls = ((values.ingest as string[] | undefined) ?? []).map((u) => url(u, 'ingest'));
    if (ingestUrls.length === 0) throw new UsageError('--ingest: the ingest role’s URL is required');
    const secondsText = text(values, 'seconds');
    const seconds = secondsText === undefined ? scenario.seconds : Number(secondsText);
    if (!(Number.isInteger(seconds) && seconds > 0 && seconds <= 86_400))
      throw new UsageError(`--seconds: "${secondsText}" is not a whole number of seconds (1 to 86400)`);

    const db = await openConfiguredDatabase(values);
    const suffix = randomBytes(4).toString('hex');
    const name = `loadgen_${suffix}`;
    const domain = `loadgen-${suffix}.test`;
    let removed: Promise<unknown> | undefined;
    const remove = () => {
      removed ??= dropTenant(db, name).finally(() => db.close());
      return removed;
    };
    const onSignal = () => void remove().finally(() => process.exit(130));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      io.err(`Creating tenant ${name} with ${scenario.agents} collectors…`);
      const fleet = await prepare(db, name, domain, scenario.agents);
      const access = await logIn(portalUrl, domain, fleet.password);
      io.err(
        `Running ${scenarioName}: ${scenario.agents} agents, ${scenario.viewers} viewers, ${seconds} s (then a drain of up to 60 s)`,
      );
      const result = await runFleetLoad({
        ingestUrls,
        portalUrl,
        agents: fleet.keys.map((key, seed) => ({ authorization: `ApiKey ${key}`, seed })),
        viewerHeaders: { authorization: `Bearer ${access}`, host: domain },
        viewedCollectors: fleet.ids,
        viewers: scenario.viewers,
        seconds,
        progress: (line) => io.err(line),
      });
      io.out(values.json ? JSON.stringify(result) : describe(result));
      return result.ingest.errors + result.viewer.errors === 0 && result.unsent + result.refused === 0
        ? 0
        : 1;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      io.err(`Removing tenant ${name}…`);
      await remove();
    }
  },
};

function url(value: string, flag: string): URL {
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:') throw new Error('not http');
    return parsed;
  } catch {
    throw new UsageError(`--${flag}: "${value}" is not an http:// URL`);
  }
}

async function prepare(db: Database, name: string, domain: string, agents: number) {
  const tenant = tenantHandle(db, await createTenant(db, { name, domains: [domain] }));
  const password = randomBytes(12).toString('hex');
  await userRepository(tenant).create({
    username: 'loadgen',
    passwordHash: await hashPassword(password),
    role: 'viewer',
  });
  const repo = collectorRepository(tenant);
  const keys: string[] = new Array(agents);
  const ids: string[] = new Array(agents);
  let next = 0;
  const creator = async () => {
    for (let i = next++; i < agents; i = next++) {
      const { collector, apiKey } = await repo.create({ machineName: `loadgen-${i}`, siteName: 'loadgen' });
      keys[i] = qualifiedKey(name, apiKey);
      ids[i] = collector.id;
    }
  };
  await Promise.all(Array.from({ length: CREATORS }, creator));
  return { keys, ids, password };
}

async function logIn(portal: URL, domain: string, password: string): Promise<string> {
  const agent = new Agent();
  const answer = await call(agent, new URL('/api/v1/auth/token/', portal), {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: domain },
    body: JSON.stringify({ username: 'loadgen', password }),
    timeoutMs: 30_000,
  });
  agent.destroy();
  if (answer.status !== 200)
    throw new UsageError(`--portal: logging in at ${portal.origin} answered ${answer.status || 'nothing'}`);
  return (JSON.parse(answer.body) as { access: string }).access;
}

function describe(r: FleetLoadResult): string {
  const ms = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(0));
  const table = formatTable(
    ['requests', 'count', 'errors', 'p50 ms', 'p95 ms', 'p99 ms'],
    [
      [
        'ingest',
        String(r.ingest.count),
        String(r.ingest.errors),
        ms(r.ingest.p50),
        ms(r.ingest.p95),
        ms(r.ingest.p99),
      ],
      [
        'viewer',
        String(r.viewer.count),
        String(r.viewer.errors),
        ms(r.viewer.p50),
        ms(r.viewer.p95),
        ms(r.viewer.p99),
      ],
    ],
  );
  return (
    `${table}\n(percentiles after a warm-up of ${WARMUP_MS / 1000} s; in it, ingest p95 ${ms(r.ingest.warmup.p95)} ms over ` +
    `${r.ingest.warmup.count} requests, viewer p95 ${ms(r.viewer.warmup.p95)} ms)\n\nsamples made ${r.generated}, stored ${r.acknowledged}, refused ${r.refused}, still spooled ${r.unsent}; ` +
    `${r.retryAfters} Retry-After honoured; load ${r.loadSeconds.toFixed(0)} s, drain ${r.drainSeconds.toFixed(0)} s`
  );
}
