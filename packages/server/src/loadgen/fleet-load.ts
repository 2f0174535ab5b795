import { Agent } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { percentileOfSorted, type Sample } from '@perfanalysis/shared';
import { call } from './http-call.js';
import { realisticSample } from './realistic-samples.js';

const gzipAsync = promisify(gzip);

/** pcc in trickle mode at 1 s: a batch of 5 samples every 5 s. */
export const AGENT_INTERVAL_MS = 5000;
export const BATCH_SAMPLES = 5;
/** A dashboard's live view polls its series every 5 s, the collector list every 30 s. */
const SERIES_EVERY_MS = 5000;
const LIST_EVERY_MS = 30_000;
/** An answer later than this counts as an error (and, for an agent, its batch stays spooled). */
const TIMEOUT_MS = 15_000;
/** A spool holds at most this many samples per send, as pcc's does. */
const MAX_SEND = 500;
/** After the load: how long agents get to send what their spools still hold. */
const DRAIN_MS = 60_000;
const TICK_MS = 5;
/**
 * Answers to requests sent in the first seconds are kept apart from the percentiles: a server that has just
 * started meets every agent's first batch with a cold JIT, cold caches and each collector's key and device
 * names to look up (at 2,000 agents its first 10 s answered at p95 5 s, the minute after at 80–300 ms). Their
 * errors count all the same.
 */
export const WARMUP_MS = 15_000;

export interface FleetAgent {
  /** The Authorization header pcc sends: `ApiKey <tenant>.<secret>`. */
  readonly authorization: string;
  /** Tells machines apart (see realisticSample). */
  readonly seed: number;
}

export interface FleetLoadOptions {
  /** The ingest role's base URLs: agent i sends to ingestUrls[i % length]. */
  readonly ingestUrls: readonly URL[];
  readonly portalUrl: URL;
  readonly agents: readonly FleetAgent[];
  /** The viewers' headers (Authorization, and Host where the tenant is found by domain). */
  readonly viewerHeaders: Readonly<Record<string, string>>;
  /** The collectors viewer j watches: viewedCollectors[j % length]. */
  readonly viewedCollectors: readonly string[];
  readonly viewers: number;
  /** How long the agents generate samples; the drain comes after. */
  readonly seconds: number;
  /** Told now and then how far the load has got. */
  readonly progress?: (line: string) => void;
}

export interface Latencies {
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Error answers by status (0: no answer in time, or the connection failed). */
  readonly byStatus: Readonly<Record<string, number>>;
  /** The answers to requests sent during the warm-up (WARMUP_MS), not in the percentiles above. */
  readonly warmup: { readonly count: number; readonly p95: number };
}

export interface FleetLoadResult {
  readonly ingest: Latencies;
  readonly viewer: Latencies;
  /** Samples the agents made. */
  readonly generated: number;
  /** Samples the server acknowledged as stored or as already stored. */
  readonly acknowledged: number;
  /** Samples refused for good (a 4xx other than 429): gone, as pcc would drop them. */
  readonly refused: number;
  /** Samples still spooled when the drain ended. */
  readonly unsent: number;
  /** Answers that asked to come back later (Retry-After), and were honoured: not in ingest's figures. */
  readonly retryAfters: number;
  /** Wall-clock seconds of the load and of the drain. */
  readonly loadSeconds: number;
  readonly drainSeconds: number;
}

class Recorder {
  private readonly ms: number[] = [];
  private readonly warmupMs: number[] = [];
  private readonly statuses: Record<string, number> = {};
  private errorCount = 0;

  /** `warm`: sent during the warm-up. */
  add(status: number, ms: number, ok: boolean, warm: boolean): void {
    if (ok) (warm ? this.warmupMs : this.ms).push(ms);
    else {
      this.errorCount += 1;
      this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    }
  }

  result(): Latencies {
    const sorted = this.ms.sort((a, b) => a - b);
    const warmup = this.warmupMs.sort((a, b) => a - b);
    return {
      count: sorted.length + warmup.length + this.errorCount,
      errors: this.errorCount,
      p50: percentileOfSorted(sorted, 50),
      p95: percentileOfSorted(sorted, 95),
      p99: percentileOfSorted(sorted, 99),
      byStatus: this.statuses,
      warmup: { count: warmup.length, p95: percentileOfSorted(warmup, 95) },
    };
  }
}

interface AgentState {
  readonly agent: FleetAgent;
  readonly url: URL;
  /** The timestamp of its next sample (whole seconds, unix ms). */
  nextSample: number;
  spool: Sample[];
  busy: boolean;
  /** No send before this (performance.now() ms): a Retry-After. */
  notBefore: number;
}

/**
 * A fleet of simulated pcc agents and dashboard viewers against a real server: agent i sends its spool (5
 * new samples a round) every 5 s at its own offset in the round, keeps what was not stored, and honours
 * Retry-After; viewer j asks for a live collector's 1H series every 5 s and the collector list every 30 s.
 * After `seconds`, agents stop sampling and send what their spools hold (for up to a minute).
 */
export async function runFleetLoad(options: FleetLoadOptions): Promise<FleetLoadResult> {
  const http = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const ingest = new Recorder();
  const viewer = new Recorder();
  const n = options.agents.length;
  const wallStart = Date.now();
  const t0 = performance.now();
  const counts = { generated: 0, acknowledged: 0, refused: 0, retryAfters: 0 };
  const states: AgentState[] = options.agents.map((agent, i) => ({
    agent,
    url: new URL('/api/v1/metrics/', options.ingestUrls[i % options.ingestUrls.length]),
    // The samples of the 5 s before its first send, as a live pcc would have them.
    nextSample:
      Math.floor((wallStart + (i * AGENT_INTERVAL_MS) / n) / 1000) * 1000 - (BATCH_SAMPLES - 1) * 1000,
    spool: [],
    busy: false,
    notBefore: 0,
  }));

  const warm = () => performance.now() - t0 < WARMUP_MS;

  const send = async (state: AgentState): Promise<void> => {
    state.busy = true;
    const warming = warm();
    const batch = state.spool.slice(0, MAX_SEND);
    const body = await gzipAsync(JSON.stringify({ samples: batch }), { level: 1 });
    const answer = await call(http, state.url, {
      method: 'POST',
      headers: {
        authorization: state.agent.authorization,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      body,
      timeoutMs: TIMEOUT_MS,
    });
    const ok = answer.status === 200;
    // Asked to come back later (the batch stays spooled): counted in retryAfters, not as an error.
    if (ok || answer.retryAfter === undefined) ingest.add(answer.status, answer.ms, ok, warming);
    if (ok || (answer.status >= 400 && answer.status < 500 && answer.status !== 429)) {
      state.spool.splice(0, batch.length);
      if (ok) counts.acknowledged += batch.length;
      else counts.refused += batch.length;
    } else if (answer.retryAfter !== undefined) {
      counts.retryAfters += 1;
      state.notBefore = performance.now() + answer.retryAfter * 1000;
    }
    state.busy = false;
  };

  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>): void => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  const view = async (j: number, round: number): Promise<void> => {
    const id = options.viewedCollectors[j % options.viewedCollectors.length] ?? '';
    const paths = [`/api/v1/collectors/${id}/series/?range=1H&points=720`];
    if (round % (LIST_EVERY_MS / SERIES_EVERY_MS) === j % (LIST_EVERY_MS / SERIES_EVERY_MS))
      paths.push('/api/v1/collectors/?limit=100');
    for (const path of paths) {
      const warming = warm();
      const answer = await call(http, new URL(path, options.portalUrl), {
        method: 'GET',
        headers: options.viewerHeaders,
        timeoutMs: TIMEOUT_MS,
      });
      // A collector without samples yet answers 200 too, with empty series.
      viewer.add(answer.status, answer.ms, answer.status === 200, warming);
    }
  };

  const loadMs = options.seconds * 1000;
  let agentSlot = 0;
  let viewerSlot = 0;
  const viewersBusy = new Set<number>();
  let lastReport = 0;
  let drainStart = Number.NaN;
  for (;;) {
    const now = performance.now() - t0;
    const loading = now < loadMs;
    if (!loading && Number.isNaN(drainStart)) drainStart = now;
    const draining = !loading;
    // Agents and viewers come due in order of index, each at its own offset in the round.
    for (; (agentSlot * AGENT_INTERVAL_MS) / n <= now; agentSlot += 1) {
      const state = states[agentSlot % n] as AgentState;
      if (loading) {
        for (let k = 0; k < BATCH_SAMPLES; k += 1) {
          state.spool.push(
            realisticSample(state.nextSample, { seed: state.agent.seed, disks: 1 + (state.agent.seed % 2) }),
          );
          state.nextSample += 1000;
        }
        counts.generated += BATCH_SAMPLES;
      }
      if (!state.busy && state.spool.length > 0 && performance.now() >= state.notBefore) track(send(state));
    }
    for (
      ;
      loading && options.viewers > 0 && (viewerSlot * SERIES_EVERY_MS) / options.viewers <= now;
      viewerSlot += 1
    ) {
      const j = viewerSlot % options.viewers;
      if (viewersBusy.has(j)) continue;
      viewersBusy.add(j);
      track(view(j, Math.floor(viewerSlot / options.viewers)).finally(() => viewersBusy.delete(j)));
    }
    if (options.progress && now - lastReport >= 10_000) {
      lastReport = now;
      options.progress(
        `${Math.round(now / 1000)} s: ${counts.acknowledged} of ${counts.generated} samples stored, ` +
          `${ingest.result().errors} ingest errors, ${inFlight.size} requests in flight`,
      );
    }
    if (draining) {
      const spooled = states.some((s) => s.spool.length > 0);
      if ((!spooled && inFlight.size === 0) || now - drainStart > DRAIN_MS) break;
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(inFlight);
  http.destroy();
  const end = performance.now() - t0;
  return {
    ingest: ingest.result(),
    viewer: viewer.result(),
    ...counts,
    unsent: states.reduce((sum, s) => sum + s.spool.length, 0),
    loadSeconds: Math.min(end, loadMs) / 1000,
    drainSeconds: Math.max(0, end - loadMs) / 1000,
  };
}
