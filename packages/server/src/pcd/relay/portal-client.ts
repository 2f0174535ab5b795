import { gzipSync } from 'node:zlib';

/** What the portal said, or why it said nothing. */
export type PortalAnswer =
  | { readonly kind: 'answered'; readonly status: number; readonly body: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

export type IngestRequest = 'register' | 'metrics';

const REGISTER_PATH = '/api/v1/register/';
export const DEFAULT_UPLOAD_ENDPOINT = '/api/v1/metrics/';
const TIMEOUT_MS = 30_000;
const GZIP_ABOVE_BYTES = 1024;

/** The portal's ingest API as the relay uses it: pcc's requests, sent on with pcc's own key. */
export class PortalClient {
  readonly #register: URL;
  readonly #metrics: URL;
  readonly #agent: string;

  constructor(base: string, uploadEndpoint: string, agent: string) {
    this.#register = new URL(REGISTER_PATH, base);
    this.#metrics = new URL(uploadEndpoint, base);
    this.#agent = agent;
  }

  get metricsUrl(): string {
    return this.#metrics.toString();
  }

  async post(request: IngestRequest, key: string | undefined, json: string): Promise<PortalAnswer> {
    const raw = Buffer.from(json);
    const compress = raw.length > GZIP_ABOVE_BYTES;
    try {
      const response = await fetch(request === 'register' ? this.#register : this.#metrics, {
        method: 'POST',
        headers: {
          ...(key === undefined ? {} : { authorization: `ApiKey ${key}` }),
          'content-type': 'application/json',
          'user-agent': this.#agent,
          ...(compress ? { 'content-encoding': 'gzip' } : {}),
        },
        body: compress ? gzipSync(raw) : raw,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return { kind: 'answered', status: response.status, body: await response.text() };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'unreachable', reason: cause?.code ?? cause?.message ?? (error as Error).message };
    }
  }
}

/**
 * Whether an answer is the portal's last word on the request (stored, or refused for good: a bad key, a bad
 * body) rather than a passing state to wait out (away, failing, busy, or not routing the path yet).
 */
export function isFinal(answer: PortalAnswer): answer is Extract<PortalAnswer, { kind: 'answered' }> {
  if (answer.kind === 'unreachable') return false;
  const { status } = answer;
  return status < 500 && status !== 404 && status !== 408 && status !== 429;
}

export function isKeyRefused(answer: PortalAnswer): boolean {
  return answer.kind === 'answered' && (answer.status === 401 || answer.status === 403);
}

/** The answer in a few words, for the log: `HTTP 401: The API key is …` or `ECONNREFUSED`. */
export function describeAnswer(answer: PortalAnswer): string {
  if (answer.kind === 'unreachable') return answer.reason;
  let message = '';
  try {
    const parsed = JSON.parse(answer.body) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') message = `: ${parsed.error.message}`;
  } catch {
    // Not the catalogue's JSON: the status says enough.
  }
  return `HTTP ${answer.status}${message}`;
}
