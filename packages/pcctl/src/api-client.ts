import { UsageError } from '@perfanalysis/shared/cli-command';

/** A failure to report on one line, `pcctl: <message>`, and exit with `exitCode`. */
export class PcctlError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** `perf.example.com:8000` or `http://perf.example.com:8000/` → `http://perf.example.com:8000`. */
export function normaliseServer(text: string, source: string): string {
  const given = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `http://${given}`);
  } catch {
    throw new UsageError(`${source}: "${text}" is not a server address; use http://host:8000`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${source}: "${text}" is not an http or https address`);
  if (url.username || url.password || url.search || url.hash)
    throw new UsageError(`${source}: give the server's address only, e.g. http://host:8000`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** How requests authenticate: a JWT access token, or a user API key (`ApiKey <username>:<key>`). */
export type Authorization = { readonly header: string } | undefined;

/** The portal API at one server: JSON in, JSON out, the API's error message on failure. */
export class ApiClient {
  constructor(
    readonly server: string,
    private readonly authorization: Authorization = undefined,
    private readonly timeoutMs = 30_000,
  ) {}

  withAuthorization(header: string): ApiClient {
    return new ApiClient(this.server, { header }, this.timeoutMs);
  }

  /** A file the API answers (a report): its bytes and the name its Content-Disposition gives. */
  async download(path: string, timeoutMs: number): Promise<{ body: Buffer; filename: string | undefined }> {
    const headers: Record<string, string> = {};
    if (this.authorization) headers.authorization = this.authorization.header;
    let response: Response;
    try {
      response = await fetch(`${this.server}${path}`, {
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      throw new PcctlError(`cannot reach ${this.server}: ${networkReason(error, timeoutMs)}`);
    }
    if (!response.ok) throw await apiErrorOf(response, 'GET', path);
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1];
    return { body: Buffer.from(await response.arrayBuffer()), filename };
  }

  async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.authorization) headers.authorization = this.authorization.header;
    let response: Response;
    try {
      response = await fetch(`${this.server}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      throw new PcctlError(`cannot reach ${this.server}: ${networkReason(error, this.timeoutMs)}`);
    }
    if (!response.ok) throw await apiErrorOf(response, method, path);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined && response.status !== 204)
      throw new PcctlError(
        `${this.server} answered ${method} ${path} with no JSON: is it a PerfAnalysis portal?`,
      );
    return parsed as T;
  }
}

/** The API's error answer as an ApiError: its message (or the status when it has none), status and code. */
async function apiErrorOf(response: Response, method: string, path: string): Promise<ApiError> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const error = (parsed as { error?: { message?: unknown; code?: unknown } } | undefined)?.error;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : `${method} ${path} answered HTTP ${response.status}${parsed === undefined ? ': is this a PerfAnalysis portal?' : ''}`;
  return new ApiError(message, response.status, typeof error?.code === 'string' ? error.code : undefined);
}

/** The API said no: its message, status and code. */
export class ApiError extends PcctlError {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(`${message} (HTTP ${status})`);
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer in ${timeoutMs / 1000} s`;
  return e.cause?.code ?? e.cause?.message ?? (error as Error).message;
}
