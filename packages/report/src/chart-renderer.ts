import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { chartHeight } from './chart-files.js';
import type { ComparisonModel } from './comparison-model.js';
import type { ReportModel } from './model.js';
import { ReportError } from './report-error.js';

const CHILD = new URL('./chart-render-child.js', import.meta.url);

/** What the child is asked to draw: a chart of a report, named by its PNG file, as SVG and, if `png`, PNG. */
export interface ChartJob {
  readonly id: number;
  readonly model: ReportModel | ComparisonModel;
  readonly file: string;
  readonly png: boolean;
}

/** A drawn chart: its SVG, and its PNG when asked for. */
export interface DrawnChart {
  readonly svg: string;
  readonly png?: Buffer | undefined;
}

interface Pending {
  readonly resolve: (chart: DrawnChart) => void;
  readonly reject: (error: Error) => void;
}

type Reply = { id: number; svg: string; png?: Uint8Array } | { id: number; error: string };

/**
 * Charts drawn in a child process, SVG (ECharts) and PNG (resvg) alike: the process that asks (the server) keeps
 * answering other requests meanwhile, several renderers draw on several cores, and a crash of the native
 * renderer (resvg aborts on some input) fails the report with a message instead of ending the command or the
 * server. A renderer may be started ahead of its first chart, to load its libraries while the model is made.
 */
export class ChartRenderer {
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
      else {
        const png = reply.png && Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength);
        pending.resolve({ svg: reply.svg, png });
      }
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

  /** Whether it can draw no more: closed, or its child ended. */
  get stopped(): boolean {
    return this.#stopped !== undefined;
  }

  /** The child's process id (tests end it to stand for a crash). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** A chart of a report (named by its PNG file: chartFiles) as SVG and, if `png`, as PNG. */
  draw(model: ReportModel | ComparisonModel, file: string, png: boolean): Promise<DrawnChart> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const job: ChartJob = { id, model, file, png };
      // A job that cannot be sent found the child ending (EPIPE): its exit rejects every pending chart
      // with the reason (the signal, the last line of stderr), which the write's error does not know.
      this.#child.send(job, (error) => {
        if (error) this.#child.kill();
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

/**
 * Chart renderers, one child each, as many as the machine has cores (two at most: a report has five charts and
 * the server other work): the charts of a report are shared out, the largest first, each to the next free one.
 * They may be kept for many reports (the portal keeps them while it runs, so a download does not wait for new
 * children to load their libraries), concurrent ones too; a renderer whose child ended is replaced before the
 * next report.
 */
export class ChartRenderers {
  readonly #renderers: ChartRenderer[];
  #closed = false;

  constructor(count = Math.min(2, availableParallelism())) {
    this.#renderers = Array.from({ length: Math.max(1, count) }, () => new ChartRenderer());
  }

  /** The children's process ids (tests). */
  get pids(): (number | undefined)[] {
    return this.#renderers.map((renderer) => renderer.pid);
  }

  /** How many of the renderers can draw no more, until the next report replaces them (tests). */
  get stopped(): number {
    return this.#renderers.filter((renderer) => renderer.stopped).length;
  }

  /** The charts named (chartFiles), drawn as SVG and, if `png`, PNG, the largest first; in the order named. */
  async drawAll(
    model: ReportModel | ComparisonModel,
    files: readonly string[],
    png: boolean,
  ): Promise<Map<string, DrawnChart>> {
    if (this.#closed) throw new ReportError('the chart renderers were closed');
    for (const [i, renderer] of this.#renderers.entries())
      if (renderer.stopped) this.#renderers[i] = new ChartRenderer();
    const queue = [...files].sort((a, b) => chartHeight(b) - chartHeight(a));
    const drawn = new Map<string, DrawnChart>();
    await Promise.all(
      this.#renderers.map(async (renderer) => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift())
          drawn.set(file, await renderer.draw(model, file, png));
      }),
    );
    return new Map(files.map((file) => [file, drawn.get(file) as DrawnChart]));
  }

  close(): void {
    this.#closed = true;
    for (const renderer of this.#renderers) renderer.close();
  }
}
