import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const METRICS_PATH = '/api/v1/metrics/';
const REGISTER_PATH = '/api/v1/register/';

export interface ActivityLog {
  /** Where the minute's line and, with --verbose, each request go (standard output: the journal). */
  readonly out: (line: string) => void;
  /** Where every error goes. */
  readonly err: (line: string) => void;
  readonly verbose: boolean;
}

interface Counts {
  batches: number;
  samples: number;
  registrations: number;
  errors: number;
}

const zero = (): Counts => ({ batches: 0, samples: 0, registrations: 0, errors: 0 });

/**
 * What pcd tells an operator watching its log: a line a minute with the batches, samples, registrations and
 * errors of that minute (and what waits in the spool when relaying), every error as it happens, and with
 * --verbose every request.
 */
export class IngestActivity {
  readonly #log: ActivityLog;
  #counts = zero();
  readonly #samples = new WeakMap<FastifyRequest, number>();
  readonly #messages = new WeakMap<FastifyRequest, string>();

  constructor(log: ActivityLog) {
    this.#log = log;
  }

  /** Counts every request the app answers. */
  watch(app: FastifyInstance): void {
    app.addHook('onSend', async (request, reply, payload) => {
      if (typeof payload === 'string') this.#read(request, reply, payload);
      return payload;
    });
    app.addHook('onResponse', async (request, reply) => this.#record(request, reply));
  }

  /** An error outside any request (the relay's forwarding): counted and logged. */
  error(message: string): void {
    this.#counts.errors += 1;
    this.#log.err(`pcd: error: ${message}`);
  }

  /** Writes the minute's line and starts counting afresh; `extra` is appended (the spool, when relaying). */
  flush(extra = ''): void {
    const c = this.#counts;
    this.#counts = zero();
    this.#log.out(
      `pcd: last minute: ${c.batches} batches, ${c.samples} samples, ${c.registrations} registrations, ${c.errors} errors${extra}`,
    );
  }

  /** Flushes every `everyMs` until stopped (with a last line on stop). */
  every(everyMs: number, extra: () => string = () => ''): { stop(): void } {
    const timer = setInterval(() => this.flush(extra()), everyMs);
    timer.unref();
    return {
      stop: () => {
        clearInterval(timer);
        this.flush(extra());
      },
    };
  }

  #read(request: FastifyRequest, reply: FastifyReply, payload: string): void {
    try {
      const body = JSON.parse(payload) as {
        stored?: number;
        duplicates?: number;
        queued?: number;
        error?: { message?: string };
      };
      if (reply.statusCode >= 400) {
        if (typeof body.error?.message === 'string') this.#messages.set(request, body.error.message);
      } else if (path(request) === METRICS_PATH) {
        this.#samples.set(request, (body.stored ?? 0) + (body.duplicates ?? 0) + (body.queued ?? 0));
      }
    } catch {
      // Not JSON: nothing to count.
    }
  }

  #record(request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const where = `${request.method} ${path(request)} from ${request.ip}`;
    const ms = reply.elapsedTime.toFixed(0);
    if (status >= 400) {
      this.#counts.errors += 1;
      const message = this.#messages.get(request);
      this.#log.err(`pcd: error: ${where}: ${status}${message ? ` ${message}` : ''} (${ms} ms)`);
      return;
    }
    const samples = this.#samples.get(request);
    if (samples !== undefined) {
      this.#counts.batches += 1;
      this.#counts.samples += samples;
    } else if (path(request) === REGISTER_PATH) {
      this.#counts.registrations += 1;
    }
    if (this.#log.verbose)
      this.#log.out(
        `pcd: ${where}: ${status}${samples === undefined ? '' : `, ${samples} samples`} (${ms} ms)`,
      );
  }
}

function path(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}
