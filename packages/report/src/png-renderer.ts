import { type ChildProcess, fork } from 'node:child_process';
import { ReportError } from './report-error.js';

const CHILD = new URL('./png-render-child.js', import.meta.url);

interface Pending {
  readonly resolve: (png: Buffer) => void;
  readonly reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * SVG → PNG in a child process: the PNGs are drawn while this process goes on making the next SVG (two cores
 * at work), and a crash of the native renderer (resvg aborts on some input) fails the report with a message
 * instead of ending the command or the server.
 */
export class PngRenderer {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #stopped: ReportError | undefined;

  constructor() {
    this.#child = fork(CHILD, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    this.#child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    this.#child.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      if ('error' in reply) pending.reject(new ReportError(`a chart could not be drawn: ${reply.error}`));
      else pending.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    const stop = (why: string) => {
      this.#stopped ??= new ReportError(`a chart could not be drawn: the renderer ${why}`);
      for (const pending of this.#pending.values()) pending.reject(this.#stopped);
      this.#pending.clear();
    };
    this.#child.on('error', (error) => stop(`failed (${error.message})`));
    this.#child.on('exit', (code, signal) => {
      const last = stderr.trim().split('\n').slice(-1)[0];
      stop(`stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`);
    });
  }

  /** The child's process id (tests end it to stand for a crash). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  render(svg: string): Promise<Buffer> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send({ id, svg }, (error) => {
        if (!error || !this.#pending.delete(id)) return;
        reject(new ReportError(`a chart could not be drawn: the renderer stopped (${error.message})`));
      });
    });
  }

  /** Ends the child (pending PNGs fail). */
  close(): void {
    this.#stopped ??= new ReportError('the chart renderer was closed');
    if (this.#child.connected) this.#child.disconnect();
    this.#child.kill();
  }
}
