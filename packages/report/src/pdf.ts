import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ReportError } from './report-error.js';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The headless browser that prints PDFs: CHROMIUM_PATH, else Debian's chromium (or Chrome) where installed. */
export function findChromium(): string | undefined {
  const told = process.env.CHROMIUM_PATH;
  if (told !== undefined && told !== '') return existsSync(told) ? told : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const NO_CHROMIUM =
  "a PDF is printed by a headless Chromium, and none is installed: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH; PNG and HTML need nothing";

/**
 * Prints an HTML page to a PDF with headless Chromium, paginated for A4 or Letter (an @page size added to the
 * page), without header or footer. Real text: the PDF is searchable.
 */
export async function printPdf(html: string, pdfFile: string, paper: PaperSize): Promise<void> {
  const chromium = findChromium();
  if (chromium === undefined) throw new ReportError(NO_CHROMIUM);
  const size = paper === 'a4' ? 'A4' : 'letter';
  const work = await mkdtemp(join(tmpdir(), 'pa-report-pdf-'));
  try {
    const page = join(work, 'report.html');
    await writeFile(page, html.replace('</style>', `@page { size: ${size}; }</style>`));
    await promisify(execFile)(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(work, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfFile}`,
        pathToFileURL(page).href,
      ],
      { timeout: 120_000 },
    ).catch((error: Error & { stderr?: string }) => {
      throw new ReportError(`${chromium} could not print the PDF: ${error.stderr?.trim() || error.message}`);
    });
    if (!(await stat(pdfFile).catch(() => undefined))?.size)
      throw new ReportError(`${chromium} wrote no PDF`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
