import { Agent } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { realisticSamples } from '@perfanalysis/server';
import type { Sample } from '@perfanalysis/shared';
import {
  type Database,
  hostRowsCsv,
  SAMPLE_COLUMNS,
  type TenantHandle,
  type TenantTable,
} from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { withTempDir } from './cleanup.js';
import { expectStatus, send } from './http-client.js';
import { clockTicksPerSecond, cpuSeconds } from './process-usage.js';
import { type ServerDatabase, startServer } from './server-process.js';

const gzipAsync = promisify(gzip);

/** Several pcc agents sending at once, each over its own keep-alive connection. */
const SENDERS = 4;
/** pcc's batch: 500 samples a request. */
const BATCH_SAMPLES = 500;
/** Samples per COPY chunk of the baseline: whole rows, as every writer here chunks. */
const CSV_CHUNK_SAMPLES = 5000;

/** The credentials pcc is given: `<tenant>.<secret>` (credentials.ts qualifiedKey). */
const qualified = (tenant: TenantHandle, secret: string): string => `${tenant.tenant.name}.${secret}`;

type Copies = Map<TenantTable, { columns: readonly string[]; chunks: string[] }>;

/** A slice of the workload: the same samples as COPY text for the baseline and as gzip bodies for the API. */
interface Round {
  /** Per table, the CSV chunks of every baseline collector's rows of this round. */
  readonly copies: Copies;
  /** Per sender, its request bodies of this round. */
  readonly batches: readonly (readonly Buffer[])[];
}

interface Workload {
  readonly samples: number;
  readonly hostRows: number;
  readonly rounds: readonly Round[];
  /** Per sender: its Authorization header, and an untimed batch that warms the server up (JIT, pool). */
  readonly authorizations: readonly string[];
  readonly warmUps: readonly Buffer[];
  /** The collectors the API stores into, and the host rows they must end up with. */
  readonly ingestIds: readonly string[];
  readonly expectedIngestRows: number;
  readonly gzipBytes: number;
}

/**
 * Builds the workload in the database's default tenant: SENDERS collectors for the baseline, SENDERS for the
 * API, each machine with its own samples (1 or 2 disks), a second apart and ending a minute ago, cut into
 * rounds of `batchesPerRound` batches a sender. Bodies are serialised and gzipped here, untimed.
 */
async function prepare(tenant: TenantHandle, rounds: number, batchesPerRound: number): Promise<Workload> {
  const copyCollectors = await createCollectors(tenant, 'bench-copy', SENDERS);
  const ingestCollectors = await createCollectors(tenant, 'bench-ingest', SENDERS);
  const perRound = batchesPerRound * BATCH_SAMPLES;
  const perSender = rounds * perRound;
  const start = Math.floor(Date.now() / 1000) * 1000 - 60_000 - perSender * 1000;
  const slices = Array.from({ length: rounds }, () => ({
    copies: new Map() as Copies,
    batches: Array.from({ length: SENDERS }, (): Promise<Buffer>[] => []),
  }));
  let gzipBytes = 0;
  const body = async (samples: readonly Sample[]): Promise<Buffer> => {
    const compressed = await gzipAsync(JSON.stringify({ samples }));
    gzipBytes += compressed.length;
    return compressed;
  };
  const warmUps: Promise<Buffer>[] = [];
  for (let s = 0; s < SENDERS; s += 1) {
    const copyId = copyCollectors[s]?.id ?? '';
    const options = { seed: s, disks: 1 + (s % 2) };
    const samples = realisticSamples(start, perSender, options);
    for (const [r, slice] of slices.entries()) {
      const part = samples.slice(r * perRound, (r + 1) * perRound);
      const add = (table: TenantTable, columns: readonly string[], csv: string): void => {
        const entry = slice.copies.get(table) ?? { columns, chunks: [] };
        entry.chunks.push(csv);
        slice.copies.set(table, entry);
      };
      for (let i = 0; i < part.length; i += CSV_CHUNK_SAMPLES) {
        const chunk = part.slice(i, i + CSV_CHUNK_SAMPLES);
        add('samples', SAMPLE_COLUMNS, hostRowsCsv(copyId, chunk));
      }
      for (let i = 0; i < part.length; i += BATCH_SAMPLES) {
        slice.batches[s]?.push(body(part.slice(i, i + BATCH_SAMPLES)));
      }
    }
    const earlier = realisticSamples(start - BATCH_SAMPLES * 1000, BATCH_SAMPLES, options);
    warmUps.push(gzipAsync(JSON.stringify({ samples: earlier })));
  }
  return {
    samples: perSender * SENDERS,
    hostRows: perSender * SENDERS,
    rounds: await Promise.all(
      slices.map(async (slice) => ({
        copies: slice.copies,
        batches: await Promise.all(slice.batches.map((batches) => Promise.all(batches))),
      })),
    ),
    authorizations: ingestCollectors.map((c) => `ApiKey ${qualified(tenant, c.apiKey)}`),
    warmUps: await Promise.all(warmUps),
    ingestIds: ingestCollectors.map((c) => c.id),
    expectedIngestRows: (perSender + BATCH_SAMPLES) * SENDERS,
    gzipBytes,
  };
}

/** The raw COPY of a round's baseline rows, table after table: the rows loaded and the seconds it took. */
async function copyRound(tenant: TenantHandle, round: Round): Promise<{ rows: number; seconds: number }> {
  const start = performance.now();
  let rows = 0;
  for (const [table, { columns, chunks }] of round.copies) {
    rows += await tenant.copyFrom(tenant.table(table), columns, chunks);
  }
  return { rows, seconds: (performance.now() - start) / 1000 };
}

/** One sender: its batches one after the other, each acknowledged before the next, as pcc does. */
async function sendAll(
  agent: Agent,
  port: number,
  authorization: string,
  batches: readonly Buffer[],
): Promise<void> {
  for (const batch of batches) {
    const response = await send(agent, port, {
      method: 'POST',
      path: '/api/v1/metrics/',
      headers: { authorization, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: batch,
    });
    const result = JSON.parse(expectStatus(response, 200, 'POST /api/v1/metrics/').toString('utf8')) as {
      stored: number;
    };
    if (result.stored !== BATCH_SAMPLES)
      throw new Error(`a batch of ${BATCH_SAMPLES} stored ${result.stored}`);
  }
}

interface IngestClient {
  /** Every sender's batches of the round, the senders at once; the seconds until all are stored. */
  send(round: Round): Promise<number>;
  /** CPU seconds the server process used while sending, so far. */
  readonly serverCpuSeconds: number;
  stop(): Promise<void>;
}

/** The ingest server on a database, and one keep-alive connection per sender, warmed up. */
async function ingestClient(database: ServerDatabase, workload: Workload): Promise<IngestClient> {
  const server = await startServer('ingest', database);
  const agents = workload.authorizations.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const sendEach = (batches: (sender: number) => readonly Buffer[]): Promise<unknown> =>
    Promise.all(
      workload.authorizations.map((authorization, s) =>
        sendAll(agents[s] as Agent, server.port, authorization, batches(s)),
      ),
    );
  const stop = async (): Promise<void> => {
    for (const agent of agents) agent.destroy();
    await server.stop();
  };
  try {
    await sendEach((s) => [workload.warmUps[s] as Buffer]);
  } catch (error) {
    await stop();
    throw error;
  }
  const ticks = clockTicksPerSecond();
  let serverCpuSeconds = 0;
  return {
    async send(round) {
      const cpu = cpuSeconds(server.child.pid, ticks);
      const start = performance.now();
      await sendEach((s) => round.batches[s] ?? []);
      const seconds = (performance.now() - start) / 1000;
      serverCpuSeconds += cpuSeconds(server.child.pid, ticks) - cpu;
      return seconds;
    },
    get serverCpuSeconds() {
      return serverCpuSeconds;
    },
    stop,
  };
}

interface Timing {
  readonly copySeconds: number;
  readonly ingestSeconds: number;
  readonly serverCpuSeconds: number;
}

function checkCopied(workload: Workload, rows: number): void {
  if (rows !== workload.hostRows) {
    throw new Error(`the COPY baseline loaded ${rows} rows, not ${workload.hostRows}`);
  }
}

async function checkIngested(db: Database, tenant: TenantHandle, workload: Workload): Promise<void> {
  const [result] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${tenant.table('samples')} WHERE collector_id = ANY($1::uuid[])`,
    [workload.ingestIds],
  );
  if (result?.n !== workload.expectedIngestRows) {
    throw new Error(`the API stored ${result?.n} host rows, not ${workload.expectedIngestRows}`);
  }
}

function report(label: string, workload: Workload, timing: Timing, target: boolean): Row[] {
  const samples = workload.samples.toLocaleString('en-US');
  process.stderr.write(
    `  ${label}: COPY ${timing.copySeconds.toFixed(1)} s, HTTP ${timing.ingestSeconds.toFixed(1)} s, ` +
      `${(workload.gzipBytes / 1e6).toFixed(1)} MB of gzip sent\n`,
  );
  return [
    row({
      name: `raw COPY (CSV) [${label}]: ${samples} samples rows, their devices as json`,
      value: workload.hostRows / timing.copySeconds,
      unit: 'rows/s',
    }),
    row({
      name: `ingest over HTTP [${label}]: ${SENDERS} senders, gzip batches of ${BATCH_SAMPLES} vs raw COPY`,
      value: workload.samples / timing.ingestSeconds,
      unit: 'samples/s',
      baseline: workload.samples / timing.copySeconds,
      ...(target ? { target: { of: 'ratio', op: '≥', limit: 0.5 } as const } : {}),
    }),
    row({
      name: `ingest over HTTP [${label}]: server process CPU per 1,000 samples`,
      value: (timing.serverCpuSeconds * 1e6) / workload.samples,
      unit: 'ms',
    }),
  ];
}

/**
 * On PostgreSQL the baseline and the API take turns, round by round (the COPY first in even rounds, the API
 * first in odd ones), so that both meet the same load from whatever else runs on the machine.
 */
async function onPostgres(rounds: number, batchesPerRound: number): Promise<Row[]> {
  return withBenchDatabase(async (url) => {
    const { db, tenant } = await openMigrated({ url });
    try {
      const workload = await prepare(tenant, rounds, batchesPerRound);
      const client = await ingestClient({ url }, workload);
      let copySeconds = 0;
      let ingestSeconds = 0;
      let copied = 0;
      let serverCpuSeconds = 0;
      try {
        for (const [r, round] of workload.rounds.entries()) {
          if (r % 2 === 1) ingestSeconds += await client.send(round);
          const copy = await copyRound(tenant, round);
          copySeconds += copy.seconds;
          copied += copy.rows;
          if (r % 2 === 0) ingestSeconds += await client.send(round);
        }
        serverCpuSeconds = client.serverCpuSeconds;
      } finally {
        await client.stop();
      }
      checkCopied(workload, copied);
      await checkIngested(db, tenant, workload);
      return report('PostgreSQL', workload, { copySeconds, ingestSeconds, serverCpuSeconds }, true);
    } finally {
      await db.close();
    }
  });
}

/** On the embedded database one process holds the data directory: the baseline's, then the server's. */
async function onPglite(rounds: number, batchesPerRound: number): Promise<Row[]> {
  return withTempDir('ingest', async (dir) => {
    const dataDir = join(dir, 'pglite');
    let { db, tenant } = await openMigrated({ dataDir });
    let workload: Workload;
    let copySeconds = 0;
    try {
      workload = await prepare(tenant, rounds, batchesPerRound);
      let copied = 0;
      for (const round of workload.rounds) {
        const copy = await copyRound(tenant, round);
        copySeconds += copy.seconds;
        copied += copy.rows;
      }
      checkCopied(workload, copied);
    } finally {
      await db.close();
    }
    const client = await ingestClient({ dataDir: dir }, workload);
    let ingestSeconds = 0;
    let serverCpuSeconds = 0;
    try {
      for (const round of workload.rounds) ingestSeconds += await client.send(round);
      serverCpuSeconds = client.serverCpuSeconds;
    } finally {
      await client.stop();
    }
    ({ db, tenant } = await openMigrated({ dataDir }));
    try {
      await checkIngested(db, tenant, workload);
    } finally {
      await db.close();
    }
    return report('PGlite', workload, { copySeconds, ingestSeconds, serverCpuSeconds }, false);
  });
}

/**
 * End-to-end ingest: the real server (`perfanalysis serve --services ingest`, a child process) storing what
 * several pcc agents send, against a raw COPY of the same host and device rows into the same tables, measured
 * in the same run; on PostgreSQL (target: at least half the COPY rate) and beside it on PGlite (no target).
 * Only the sending is timed: the bodies are serialised and gzipped beforehand.
 */
export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  async run({ quick }) {
    // Full: 4 rounds of 12 batches a sender, 96,000 samples; quick: 2 rounds of 5, 20,000.
    const [rounds, batchesPerRound] = quick ? [2, 5] : [4, 12];
    const result: Row[] = [...(await onPostgres(rounds, batchesPerRound))];
    try {
      result.push(...(await onPglite(rounds, batchesPerRound)));
    } catch (error) {
      result.push({
        name: 'ingest over HTTP [PGlite]',
        value: `error: ${(error as Error).message}`,
        unit: '',
      });
    }
    return result;
  },
};
