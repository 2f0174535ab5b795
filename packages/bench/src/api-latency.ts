import { Agent } from 'node:http';
import { realisticSamples } from '@perfanalysis/server';
import { percentileOfSorted } from '@perfanalysis/shared';
import { sampleRepository } from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { expectStatus, send } from './http-client.js';
import { clockTicksPerSecond, cpuSeconds } from './process-usage.js';
import { type ServerProcess, startServer } from './server-process.js';

const COLLECTORS = 100;
/** The first few collectors hold an hour at 1 s, the rest a quarter of an hour. */
const LONG_COLLECTORS = 5;
const LONG_SAMPLES = 3600;
const SHORT_SAMPLES = 900;
const CONNECTIONS = 100;
/** Enough for the server to be warm (its JIT, its answer cache): the latency measured is the steady one. */
const WARM_UP_REQUESTS = 2000;
/** What a dashboard's overview charts ask for. */
const SERIES_METRICS = [
  'cpu_user',
  'cpu_system',
  'cpu_iowait',
  'mem_used',
  'disk_read_bytes',
  'disk_write_bytes',
  'net_rx_bytes',
  'net_tx_bytes',
].join(',');

interface Latencies {
  /** Sorted, milliseconds. */
  readonly ms: number[];
  readonly perSecond: number;
  readonly bytesPerResponse: number;
  /** CPU time the server process used per request, ms: what the machine's other load cannot inflate much. */
  readonly serverCpuMs: number;
}

/**
 * `count` GETs with CONNECTIONS of them in flight at all times (each worker sends its next as soon as its
 * last has answered), over the agent's keep-alive connections; every answer must be 200.
 */
async function fire(
  server: ServerProcess,
  agent: Agent,
  headers: Record<string, string>,
  count: number,
  path: (i: number) => string,
): Promise<Latencies> {
  const ms: number[] = [];
  let bytes = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) {
      const response = await send(agent, server.port, { method: 'GET', path: path(i), headers });
      expectStatus(response, 200, `GET ${path(i)}`);
      ms.push(response.ms);
      bytes += response.body.length;
    }
  };
  const ticks = clockTicksPerSecond();
  const cpuBefore = cpuSeconds(server.child.pid, ticks);
  const start = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(server.child.pid, ticks) - cpuBefore;
  return {
    ms: ms.sort((a, b) => a - b),
    perSecond: count / seconds,
    bytesPerResponse: bytes / count,
    serverCpuMs: (cpu * 1000) / count,
  };
}

function latencyRows(kind: string, requests: number, measured: Latencies, target: boolean): Row[] {
  const percentile = (p: number): Row =>
    row({
      name: `${kind}: p${p} of ${requests.toLocaleString('en-US')}, ${CONNECTIONS} in flight`,
      value: percentileOfSorted(measured.ms, p),
      unit: 'ms',
      ...(p === 95 && target ? { target: { of: 'value', op: '<', limit: 50 } as const } : {}),
    });
  return [
    percentile(50),
    percentile(95),
    percentile(99),
    row({
      name: `${kind}: throughput (${(measured.bytesPerResponse / 1024).toFixed(0)} KiB a response)`,
      value: measured.perSecond,
      unit: 'req/s',
    }),
    row({ name: `${kind}: server CPU per request`, value: measured.serverCpuMs, unit: 'ms' }),
  ];
}

/**
 * The portal's read latency under load: the real server (`perfanalysis serve --services portal`, a child
 * process) on PostgreSQL with 100 collectors holding samples, 100 concurrent keep-alive connections asking
 * for the collector list, then for dashboard series; p50/p95/p99 from first byte sent to last byte read.
 */
export const apiLatencyBenchmark: Benchmark = {
  name: 'api-latency',
  async run({ quick }) {
    const requests = quick ? 1000 : 10_000;
    return withBenchDatabase(async (url) => {
      const { db, tenant } = await openMigrated({ url });
      let ids: string[];
      try {
        ids = (await createCollectors(tenant, 'bench-api', COLLECTORS)).map((c) => c.id);
        const end = Math.floor(Date.now() / 1000) * 1000 - 60_000;
        const samples = sampleRepository(tenant);
        let at = 0;
        const loader = async (): Promise<void> => {
          for (let i = at++; i < ids.length; i = at++) {
            const count = i < LONG_COLLECTORS ? LONG_SAMPLES : SHORT_SAMPLES;
            const batch = realisticSamples(end - count * 1000, count, { seed: i, disks: 1 + (i % 2) });
            await samples.insertSamples(ids[i] as string, batch);
          }
        };
        await Promise.all([loader(), loader(), loader(), loader()]);
      } finally {
        await db.close();
      }

      const server = await startServer('portal', { url });
      const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
      try {
        const signUp = await send(agent, server.port, {
          method: 'POST',
          path: '/api/v1/auth/signup/',
          headers: { 'content-type': 'application/json', host: `localhost:${server.port}` },
          body: JSON.stringify({ username: 'bench-admin', password: 'bench-password-1' }),
        });
        const { access } = JSON.parse(expectStatus(signUp, 201, 'sign-up').toString('utf8')) as {
          access: string;
        };
        // A dashboard reaches the portal by the tenant's domain (the default tenant's is localhost), not by
        // an address, which would cost two more tenant look-ups a request.
        const headers = { authorization: `Bearer ${access}`, host: `localhost:${server.port}` };

        const series = (i: number, points: number) =>
          `/api/v1/collectors/${ids[i % ids.length]}/series/?range=ALL&points=${points}&metrics=${SERIES_METRICS}`;
        /** Each kind: its requests, and those that warm the server up first. */
        const kinds: {
          name: string;
          path: (i: number) => string;
          warmUp: (i: number) => string;
          requests: number;
          target: boolean;
        }[] = [
          {
            name: `GET /api/v1/collectors/?limit=${COLLECTORS}`,
            path: () => `/api/v1/collectors/?limit=${COLLECTORS}`,
            warmUp: () => `/api/v1/collectors/?limit=${COLLECTORS}`,
            requests,
            target: true,
          },
          {
            name: 'GET /api/v1/collectors/{id}/series/?range=ALL&points=1000 (8 metrics)',
            path: (i) => series(i, 1000),
            warmUp: (i) => series(i, 1000),
            requests,
            target: true,
          },
          {
            // What the answer cache saves: every request a new answer (points 2,000–3,999), computed; the
            // warm-up asks for other points.
            name: 'the same series, every request a new answer (points varied: computed, not kept)',
            path: (i) => series(i, 2000 + i),
            warmUp: (i) => series(i, 1001 + (i % 999)),
            requests: Math.min(2000, requests / 5),
            target: false,
          },
        ];
        const result: Row[] = [];
        for (const kind of kinds) {
          try {
            await fire(server, agent, headers, WARM_UP_REQUESTS, kind.warmUp);
            const measured = await fire(server, agent, headers, kind.requests, kind.path);
            result.push(...latencyRows(kind.name, kind.requests, measured, kind.target));
          } catch (error) {
            result.push({ name: kind.name, value: `error: ${(error as Error).message}`, unit: '' });
          }
        }
        return result;
      } finally {
        agent.destroy();
        await server.stop();
      }
    });
  },
};
