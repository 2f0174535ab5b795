import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { COMPARISON_PNG, chartFiles, isComparison } from './chart-files.js';
import { ChartRenderers } from './chart-renderer.js';
import { comparisonHtml } from './comparison-html.js';
import type { ComparisonModel } from './comparison-model.js';
import { reportHtml } from './html-report.js';
import type { ReportModel } from './model.js';
import { type PaperSize, printPdf } from './pdf.js';
import { ReportError } from './report-error.js';

export { COMPARISON_PNG };

export const REPORT_FORMATS = ['png', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface WriteOptions {
  readonly formats: readonly ReportFormat[];
  readonly paper?: PaperSize | undefined;
  /** Told each file's name as it is written. */
  readonly onFile?: ((name: string) => void) | undefined;
  /** Chart renderers started ahead (while the model was made), closed by the caller; otherwise its own. */
  readonly renderers?: ChartRenderers | undefined;
}

/**
 * The files of a report in memory: the PNGs, report.html (a pdf needs a file, see writeReport). The charts are
 * drawn in child processes (ChartRenderers: `renderers` when given, started ahead by the caller and closed by
 * it; otherwise started here and closed when done), so that this process stays free for other work.
 */
export async function renderReport(
  model: ReportModel | ComparisonModel,
  formats: readonly ReportFormat[],
  renderers?: ChartRenderers,
): Promise<Map<string, string | Buffer>> {
  const own = renderers ?? new ChartRenderers();
  try {
    const charts = await own.drawAll(model, chartFiles(model), formats.includes('png'));
    const files = new Map<string, string | Buffer>();
    for (const [file, chart] of charts) if (chart.png) files.set(file, chart.png);
    if (formats.includes('html') || formats.includes('pdf')) {
      const svgs = new Map([...charts].map(([file, chart]) => [file, chart.svg]));
      files.set(
        'report.html',
        isComparison(model) ? comparisonHtml(model, svgs.get(COMPARISON_PNG) ?? '') : reportHtml(model, svgs),
      );
    }
    return files;
  } finally {
    if (renderers === undefined) own.close();
  }
}

/**
 * Writes a report's files into `out`: first into a new folder beside it, then moved in, so that an interrupted
 * or failed run leaves nothing that looks complete. `out` is created when missing; files of an earlier report
 * there are replaced one by one. Returns the names written.
 */
export async function writeReport(
  model: ReportModel | ComparisonModel,
  out: string,
  options: WriteOptions,
): Promise<string[]> {
  const target = resolve(out);
  const existing = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ReportError(`--out ${out}: cannot use it (${error.code})`);
  });
  if (existing && !existing.isDirectory()) throw new ReportError(`--out ${out}: not a folder`);
  const staging = join(dirname(target), `.${basename(target)}.tmp-${randomUUID().slice(0, 8)}`);
  await mkdir(staging).catch((error: NodeJS.ErrnoException) => {
    throw new ReportError(`--out ${out}: cannot write in ${dirname(target)} (${error.code})`);
  });
  try {
    const files = await renderReport(model, options.formats, options.renderers);
    const html = files.get('report.html');
    for (const [name, content] of files) {
      if (name === 'report.html' && !options.formats.includes('html')) continue;
      await writeFile(join(staging, name), content);
      options.onFile?.(name);
    }
    if (options.formats.includes('pdf') && typeof html === 'string') {
      await printPdf(html, join(staging, 'report.pdf'), options.paper ?? 'a4');
      options.onFile?.('report.pdf');
    }
    const written = await readdir(staging);
    if (existing) {
      for (const name of written) await rename(join(staging, name), join(target, name));
    } else await rename(staging, target);
    return written.sort();
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new ReportError(`--out ${out}: cannot write the report (${code})`);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
