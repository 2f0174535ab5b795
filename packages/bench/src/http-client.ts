import { type Agent, request } from 'node:http';

export interface HttpResponse {
  readonly status: number;
  readonly body: Buffer;
  /** From the request's start to the last byte of the response. */
  readonly ms: number;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
}

/** One request to 127.0.0.1:port over the agent's (keep-alive) connections, the whole response read. */
export function send(agent: Agent, port: number, req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const outgoing = request(
      { host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            ms: performance.now() - start,
          }),
        );
      },
    );
    outgoing.once('error', reject);
    outgoing.end(req.body);
  });
}

/** The body of a response that must be `status`; otherwise an error that quotes it. */
export function expectStatus(response: HttpResponse, status: number, what: string): Buffer {
  if (response.status !== status) {
    const text = response.body.toString('utf8').slice(0, 300);
    throw new Error(`${what}: HTTP ${response.status} ${text}`);
  }
  return response.body;
}
