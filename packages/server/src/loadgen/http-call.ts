import { type Agent, request } from 'node:http';

export interface CallResult {
  /** The HTTP status; 0 when no answer came (refused, reset, timed out). */
  readonly status: number;
  readonly body: string;
  /** Seconds the answer's Retry-After asks for, when it has one. */
  readonly retryAfter?: number;
  /** From the request's start to the answer's last byte (or the failure). */
  readonly ms: number;
}

/** One request over the agent's keep-alive connections; never rejects: a failure is status 0. */
export function call(
  agent: Agent,
  url: URL,
  options: {
    readonly method: 'GET' | 'POST' | 'DELETE';
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: Buffer | string;
    readonly timeoutMs: number;
  },
): Promise<CallResult> {
  const start = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (status: number, body: string, retryAfter?: number): void => {
      if (done) return;
      done = true;
      const ms = performance.now() - start;
      resolve(retryAfter === undefined ? { status, body, ms } : { status, body, retryAfter, ms });
    };
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
    const req = request(url, { method: options.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', (error) => finish(0, error.message));
      res.once('end', () => {
        const retry = Number(res.headers['retry-after']);
        const body = Buffer.concat(chunks).toString('utf8');
        finish(res.statusCode ?? 0, body, Number.isFinite(retry) && retry >= 0 ? retry : undefined);
      });
    });
    req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no answer in ${options.timeoutMs} ms`)));
    req.once('error', (error) => finish(0, error.message));
    req.end(options.body);
  });
}
