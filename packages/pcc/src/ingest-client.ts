import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { HostInfo } from '@perfanalysis/shared';
import { serverUrl } from './server-url.js';

/** How the server answered: stored; try again later; or refused for good (the request itself is wrong). */
export type Outcome =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'retry';
      readonly reason: string;
      /** How long the server asked to be left alone (its Retry-After), when it said. */
      readonly retryAfterMs?: number;
    }
  | { readonly kind: 'rejected'; readonly status: number; readonly reason: string };

const TIMEOUT_MS = 30_000;
const GZIP_ABOVE_BYTES = 1024;

/** The ingest API as pcc sees it: `POST /api/v1/register/` and `POST /api/v1/metrics/` with its API key. */
export class IngestClient {
  readonly #base: URL;
  readonly #apiKey: string;
  readonly #agent: string;

  constructor(server: string, apiKey: string, agent: string) {
    this.#base = serverUrl(server);
    this.#apiKey = apiKey;
    this.#agent = agent;
  }

  register(info: HostInfo): Promise<Outcome> {
    return this.#post('/api/v1/register/', JSON.stringify(info));
  }

  /** Sends samples already serialised as JSON lines (as the spool keeps them). */
  sendMetrics(jsonLines: readonly string[]): Promise<Outcome> {
    return this.#post('/api/v1/metrics/', `{"samples":[${jsonLines.join(',')}]}`);
  }

  /** Posts a load-test or benchmark result (a JSON body) to the portal path given. */
  postResult(path: string, result: object): Promise<Outcome> {
    return this.#post(path, JSON.stringify(result));
  }

  async #post(path: string, json: string): Promise<Outcome> {
    const url = new URL(path, this.#base);
    const raw = Buffer.from(json);
    const compress = raw.length > GZIP_ABOVE_BYTES;
    const body = compress ? gzipSync(raw) : raw;
    // https (and TLS with it) is loaded only by agents that use it: it costs memory on every server measured.
    const request = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
    return new Promise((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          timeout: TIMEOUT_MS,
          headers: {
            authorization: `ApiKey ${this.#apiKey}`,
            'content-type': 'application/json',
            'content-length': body.length,
            'user-agent': this.#agent,
            ...(compress ? { 'content-encoding': 'gzip' } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (text.length < 4096) text += chunk;
          });
          res.on('end', () =>
            resolve(outcome(res.statusCode ?? 0, text, retryAfterMs(res.headers['retry-after']))),
          );
          res.on('error', (error) => resolve({ kind: 'retry', reason: error.message }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      req.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ kind: 'retry', reason: error.code ?? error.message }),
      );
      req.end(body);
    });
  }
}

/** The longest Retry-After honoured: a server asking for more is waited for this long, then tried again. */
const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

function outcome(status: number, body: string, retryAfter: number | undefined): Outcome {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  const reason = `HTTP ${status}${messageOf(body)}`;
  // Bad key (401/403), server trouble (5xx) and rate limits (429) may pass: keep the data and try again.
  if (status === 401 || status === 403 || status === 408 || status === 429 || status >= 500) {
    return retryAfter === undefined
      ? { kind: 'retry', reason }
      : { kind: 'retry', reason, retryAfterMs: retryAfter };
  }
  return { kind: 'rejected', status, reason };
}

function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown }; message?: unknown };
    const message = parsed.error?.message ?? parsed.message;
    return typeof message === 'string' ? `: ${message}` : '';
  } catch {
    return '';
  }
}
