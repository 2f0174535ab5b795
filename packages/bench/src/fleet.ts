import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { type FleetLoadResult, runFleetLoad, WARMUP_MS } from '@perfanalysis/server';
import type { Database } from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import { optionValue } from './bench-flags.js';
import { type Benchmark, type Row, row } from './benchmark.js';
import { expectStatus, send } from './http-client.js';
import { clockTicksPerSecond, cpuSeconds, parseCpuTicks } from './process-usage.js';
import { schemaBytes } from './schema-bytes.js';
import { type ServerProcess, startServer } from './server-process.js';

/** Collectors created at once when preparing (each is a few statements). */
const CREATORS = 8;

type Layout = { readonly label: string; readonly roles: readonly ('portal,ingest' | 'portal' | 'ingest')[] };

const LAYOUTS: readonly Layout[] = [
  { label: '1 process', roles: ['portal,ingest'] },
  { label: '1 portal + 2 ingest', roles: ['portal', 'ingest', 'ingest'] },
];

/**
 * CPU seconds of the PostgreSQL backends serving one database: their pids are looked up every second (a pool
 * opens and closes connections along the way), and each one's time counted from when it was first seen.
 */
function watchBackends(db: Database, ticks: number): { stop(): Promise<number> } {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const look = async (): Promise<void> => {
    const rows = await db.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) {
      try {
        const seconds = parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / ticks;
        if (!first.has(pid)) first.set(pid, seconds);
        last.set(pid, seconds);
      } catch {
        // Gone between the query and the read, or not on this machine: its time is not counted.
      }
    }
  };
  const timer = setInterval(() => void look().catch(() => undefined), 1000);
  void look().catch(() => undefined);
  return {
    async stop() {
      clearInterval(timer);
      await look().catch(() => undefined);
      let sum = 0;
      for (const [pid, seconds] of last) sum += seconds - (first.get(pid) ?? seconds);
      return sum;
    },
  };
}

interface Measured {
  readonly load: FleetLoadResult;
  readonly stored: number;
  readonly serverCpu: number;
  readonly postgresCpu: number;
  readonly bytesPerSample: number;
}

async function runLayout(
  layout: Layout,
  agents: number,
  viewers: number,
  seconds: number,
): Promise<Measured> {
  return withBenchDatabase(async (url) => {
    const { db, tenant } = await openMigrated({ url });
    const servers: ServerProcess[] = [];
    try {
      const per = Math.ceil(agents / CREATORS);
      const created = (
        await Promise.all(
          Array.from({ length: CREATORS }, (_, w) =>
            createCollectors(tenant, `fleet-${w}`, Math.max(0, Math.min(per, agents - w * per))),
          ),
        )
      ).flat();
      for (const roles of layout.roles) servers.push(await startServer(roles, { url }));
      const portal = servers[0]?.ports.portal as number;
      const host = `localhost:${portal}`;
      const http = new Agent({ keepAlive: false });
      const signUp = await send(http, portal, {
        method: 'POST',
        path: '/api/v1/auth/signup/',
        headers: { 'content-type': 'application/json', host },
        body: JSON.stringify({ username: 'fleet-admin', password: 'fleet-password-1' }),
      });
      const { access } = JSON.parse(expectStatus(signUp, 201, 'sign-up').toString('utf8')) as {
        access: string;
      };
      const ingestPorts = servers.flatMap((s) => (s.ports.ingest === undefined ? [] : [s.ports.ingest]));
      const ticks = clockTicksPerSecond();
      const cpuBefore = servers.map((s) => cpuSeconds(s.child.pid, ticks));
      const backends = watchBackends(db, ticks);
      const load = await runFleetLoad({
        ingestUrls: ingestPorts.map((p) => new URL(`http://127.0.0.1:${p}`)),
        portalUrl: new URL(`http://127.0.0.1:${portal}`),
        agents: created.map((c, i) => ({
          authorization: `ApiKey ${tenant.tenant.name}.${c.apiKey}`,
          seed: i,
        })),
        viewerHeaders: { authorization: `Bearer ${access}`, host },
        viewedCollectors: created.map((c) => c.id),
        viewers,
        seconds,
        progress: (line) => process.stderr.write(`  [${layout.label}] ${line}\n`),
      });
      const serverCpu = servers.reduce(
        (sum, s, i) => sum + cpuSeconds(s.child.pid, ticks) - (cpuBefore[i] ?? 0),
        0,
      );
      const postgresCpu = await backends.stop();
      const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${tenant.table('samples')}`);
      const stored = count?.n ?? 0;
      const bytes = await schemaBytes(db, tenant.tenant.schemaName);
      return {
        load,
        stored,
        serverCpu,
        postgresCpu,
        bytesPerSample: stored > 0 ? bytes / stored : Number.NaN,
      };
    } finally {
      for (const server of servers) await server.stop();
      await db.close();
    }
  });
}

function rows(label: string, agents: number, viewers: number, m: Measured): Row[] {
  const { load } = m;
  const name = (what: string) => `fleet [${label}, ${agents} agents, ${viewers} viewers]: ${what}`;
  const perThousand = (cpu: number) => (cpu * 1e6) / Math.max(1, m.stored);
  const statuses = (s: Readonly<Record<string, number>>) =>
    Object.entries(s)
      .map(([status, n]) => `${n}×${status === '0' ? 'no answer' : status}`)
      .join(', ');
  process.stderr.write(
    `  ${label}: load ${load.loadSeconds.toFixed(0)} s + drain ${load.drainSeconds.toFixed(0)} s; ` +
      `ingest errors ${statuses(load.ingest.byStatus) || 'none'}; viewer errors ${statuses(load.viewer.byStatus) || 'none'}; ` +
      `${load.retryAfters} Retry-After honoured\n`,
  );
  const lat = (who: string, l: FleetLoadResult['ingest'], target?: number): Row[] => [
    row({ name: name(`${who} p50`), value: l.p50, unit: 'ms' }),
    row({
      name: name(`${who} p95`),
      value: l.p95,
      unit: 'ms',
      ...(target === undefined ? {} : { target: { of: 'value', op: '<', limit: target } as const }),
    }),
    row({ name: name(`${who} p99`), value: l.p99, unit: 'ms' }),
    row({
      name: name(`${who} p95 in the first ${WARMUP_MS / 1000} s (warm-up, not above)`),
      value: l.warmup.p95,
      unit: 'ms',
    }),
    row({
      name: name(`${who} errors (of ${l.count} requests)`),
      value: l.errors,
      unit: '',
      target: { of: 'value', op: '≤', limit: 0 },
    }),
  ];
  return [
    ...lat('ingest', load.ingest, 250),
    // No viewers, no viewer figures (a NaN would read as a target missed).
    ...(viewers > 0 ? lat('viewer', load.viewer, 100) : []),
    row({
      name: name('ingest answers asking to come back later (Retry-After, honoured; not errors)'),
      value: load.retryAfters,
      unit: '',
    }),
    row({
      name: name(`samples lost (of ${load.generated} made, ${m.stored} stored)`),
      value: load.generated - m.stored,
      unit: '',
      target: { of: 'value', op: '≤', limit: 0 },
    }),
    row({ name: name('server CPU per 1,000 samples'), value: perThousand(m.serverCpu), unit: 'ms' }),
    row({ name: name('PostgreSQL CPU per 1,000 samples'), value: perThousand(m.postgresCpu), unit: 'ms' }),
    row({ name: name('bytes on disk per sample (tenant schema)'), value: m.bytesPerSample, unit: 'B' }),
  ];
}

/**
 * A fleet on one PostgreSQL: N simulated pcc agents (a 5-sample gzip batch every 5 s each, spread evenly over
 * the 5 s, realistic samples) and V dashboard viewers (a live collector's 1H series every 5 s, the collector
 * list every 30 s) against the real server, one process, then one portal and two ingest processes.
 * `--agents N --viewers V --seconds S` (1,000, 100, 120 unless told; quick: 200, 20, 20), `--layouts 1,2`.
 */
export const fleetBenchmark: Benchmark = {
  name: 'fleet',
  async run({ quick }) {
    const agents = Number(optionValue('--agents') ?? (quick ? 200 : 1000));
    const viewers = Number(optionValue('--viewers') ?? (quick ? 20 : 100));
    const seconds = Number(optionValue('--seconds') ?? (quick ? 20 : 120));
    const chosen = (optionValue('--layouts') ?? '1,2').split(',').map(Number);
    for (const [flag, value] of [
      ['--agents', agents],
      ['--viewers', viewers],
      ['--seconds', seconds],
    ] as const) {
      if (!(Number.isInteger(value) && value >= (flag === '--viewers' ? 0 : 1)))
        throw new Error(`${flag}: a whole number${flag === '--viewers' ? '' : ' above 0'}`);
    }
    if (chosen.some((n) => !(Number.isInteger(n) && n >= 1 && n <= LAYOUTS.length)))
      throw new Error(
        `--layouts: numbers from 1 to ${LAYOUTS.length}, comma-separated (1: one process; 2: a portal and two ingest)`,
      );
    const result: Row[] = [];
    for (const [i, layout] of LAYOUTS.entries()) {
      if (!chosen.includes(i + 1)) continue;
      process.stderr.write(`  fleet: ${layout.label}, ${agents} agents, ${viewers} viewers, ${seconds} s\n`);
      result.push(...rows(layout.label, agents, viewers, await runLayout(layout, agents, viewers, seconds)));
    }
    return result;
  },
};
