import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { isComparison } from './chart-files.js';
import type { ChartRenderers } from './chart-renderer.js';
import type { ComparisonModel } from './comparison-model.js';
import type { ReportModel } from './model.js';
import type { PaperSize } from './pdf.js';
import { renderReport, writeReport } from './write-report.js';

export const DOWNLOAD_FORMATS = ['html', 'pdf', 'png'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export interface ReportDownload {
  readonly body: Buffer;
  readonly contentType: string;
  /** "report-web-01-2026-06-02.html", "compare-….zip". */
  readonly filename: string;
}

/** A name safe in a Content-Disposition header and on any file system. */
function downloadName(model: ReportModel | ComparisonModel, extension: string): string {
  const first = isComparison(model) ? model.runs[0]?.report : model;
  const name = isComparison(model)
    ? `compare-${model.runs.map((r) => r.report.host.name).join('-')}`
    : `report-${model.host.name}`;
  const day = first?.range.from.toISOString().slice(0, 10) ?? '';
  return `${`${name}-${day}`.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120)}.${extension}`;
}

/**
 * A report as one file to download, as the command writes it: report.html, report.pdf, or the PNGs in a zip.
 * The charts are drawn by `renderers` when given (the portal keeps them for every download), else by new ones.
 */
export async function reportDownload(
  model: ReportModel | ComparisonModel,
  format: DownloadFormat,
  paper: PaperSize = 'a4',
  renderers?: ChartRenderers,
): Promise<ReportDownload> {
  if (format === 'pdf') {
    const dir = await mkdtemp(join(tmpdir(), 'pa-report-download-'));
    try {
      await writeReport(model, join(dir, 'out'), { formats: ['pdf'], paper, renderers });
      const body = await readFile(join(dir, 'out', 'report.pdf'));
      return { body, contentType: 'application/pdf', filename: downloadName(model, 'pdf') };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const files = await renderReport(model, [format], renderers);
  if (format === 'html') {
    const html = files.get('report.html') as string;
    return {
      body: Buffer.from(html),
      contentType: 'text/html; charset=utf-8',
      filename: downloadName(model, 'html'),
    };
  }
  // PNGs are compressed already: stored, not deflated again.
  const entries: Zippable = {};
  for (const [name, content] of files) entries[name] = [new Uint8Array(content as Buffer), { level: 0 }];
  return {
    body: Buffer.from(zipSync(entries)),
    contentType: 'application/zip',
    filename: downloadName(model, 'zip'),
  };
}
