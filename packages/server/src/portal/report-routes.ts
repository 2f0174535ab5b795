import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChartRenderers,
  checkTimeZone,
  comparisonOf,
  DOWNLOAD_FORMATS,
  defaultTimeZone,
  NO_CHROMIUM,
  PAPER_SIZES,
  ReportError,
  type ReportModel,
  reportDownload,
  reportFromDatabase,
  reportFromUpload,
} from '@perfanalysis/report';
import { STATS } from '@perfanalysis/shared/utilisation-compare';
import { resolveRange, runRepository, type TenantHandle, uploadRepository } from '@perfanalysis/storage';
import { type Static, Type } from 'typebox';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { collectorOr404 } from './collector-routes.js';
import { RangeQuery, rangeSpec } from './dashboard-query.js';

const tags = ['reports'];
const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

const ReportQuery = Type.Object({
  runs: Type.String({
    maxLength: 2000,
    description:
      'Comma-separated: a collector id, id~uploadId for one uploaded capture, or id@runKey for one of its runs (r12, lt3). One run: its report; 2 to 10: the comparison report, the runs in this order',
  }),
  range: RangeQuery.properties.range,
  start: RangeQuery.properties.start,
  end: RangeQuery.properties.end,
  format: literals(DOWNLOAD_FORMATS, 'html (report.html), pdf (report.pdf) or png (the PNGs in a zip)'),
  paper: Type.Optional(literals(PAPER_SIZES, 'For the PDF: a4 (default) or letter')),
  align: Type.Optional(literals(['start', 'clock'], 'A comparison: from t = 0 (default) or on the clock')),
  stat: Type.Optional(literals(STATS, 'A comparison: the statistic its tables compare (default p95)')),
  tz: Type.Optional(
    Type.String({
      maxLength: 64,
      description: "The time zone of the report's times, an IANA name (the viewer's; default the server's)",
    }),
  ),
  zoom_from: Type.Optional(
    Type.Number({
      description:
        "The Compare page's zoom window, with zoom_to: seconds on its charts' axis (from each run's start when aligned at t = 0, unix seconds on the clock); each run's report covers that window only",
    }),
  ),
  zoom_to: Type.Optional(Type.Number({ description: 'The end of the zoom window (see zoom_from)' })),
  base: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 9,
      description: 'A comparison: the baseline run, from 0 (default 0)',
    }),
  ),
});
type ReportQuery = Static<typeof ReportQuery>;

/**
 * A run's report: a collector over the query's range, one of its uploaded captures over its samples, or one
 * of its runs (named or load test) over its window.
 */
async function reportOfRun(tenant: TenantHandle, run: string, query: ReportQuery): Promise<ReportModel> {
  const [head, uploadId] = run.split('~') as [string, string | undefined];
  const [id, runKey] = head.split('@') as [string, string | undefined];
  const collector = await collectorOr404(tenant, id);
  const upload = uploadId === undefined ? undefined : await uploadRepository(tenant).get(uploadId);
  if (uploadId !== undefined && (!upload || upload.collectorId !== collector.id))
    throw new ApiError('NOT_FOUND', `No upload ${uploadId} of collector ${id}`);
  const named = runKey === undefined ? undefined : await runRepository(tenant).byKey(collector.id, runKey);
  if (runKey !== undefined && !named) throw new ApiError('NOT_FOUND', `No run ${runKey} of collector ${id}`);
  const zoom = zoomOf(query);
  if (zoom === undefined && named !== undefined) {
    const report = await reportFromDatabase(tenant, collector, { from: named.start, to: named.end });
    return { ...report, source: named.name };
  }
  if (zoom === undefined) {
    return upload === undefined
      ? reportFromDatabase(tenant, collector, rangeSpec(query))
      : reportFromUpload(tenant, collector, upload);
  }
  const whole = named
    ? { from: named.start, to: named.end }
    : upload === undefined
      ? await resolveRange(tenant, collector.id, rangeSpec(query))
      : upload.firstTs &&
        upload.lastTs && { from: upload.firstTs, to: new Date(upload.lastTs.getTime() + 1000) };
  if (!whole) throw new ApiError('NOT_FOUND', `${collector.machineName} has no samples to report`);
  // The window on the Compare page's axis: seconds from the run's start, or on the clock.
  const base = query.align === 'clock' ? 0 : whole.from.getTime();
  const from = Math.max(whole.from.getTime(), base + zoom[0] * 1000);
  const to = Math.min(whole.to.getTime(), base + zoom[1] * 1000);
  if (!(from < to))
    throw new ApiError('NOT_FOUND', `${collector.machineName} has no samples in the zoom window`);
  const report = await reportFromDatabase(tenant, collector, { from: new Date(from), to: new Date(to) });
  return { ...report, source: named?.name ?? upload?.filename ?? report.source, zeroAt: whole.from };
}

/** The query's zoom window, or a 400 when it is half given or empty. */
function zoomOf(query: ReportQuery): [number, number] | undefined {
  if (query.zoom_from === undefined && query.zoom_to === undefined) return undefined;
  if (query.zoom_from === undefined || query.zoom_to === undefined)
    throw new ApiError('BAD_REQUEST', 'Give both zoom_from and zoom_to, or neither');
  if (!(query.zoom_from < query.zoom_to))
    throw new ApiError('BAD_REQUEST', 'zoom_from must come before zoom_to');
  return [query.zoom_from, query.zoom_to];
}

/**
 * Reports to download, as `perfanalysis report` writes them: a collector's (or a capture's) over a range, or the
 * comparison of several, as report.html, report.pdf or a zip of the PNGs. Viewers may download them. The chart
 * renderers start with the first download and are kept for the next ones until the server closes.
 */
export function reportRoutes(_context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    let renderers: ChartRenderers | undefined;
    app.addHook('onClose', async () => renderers?.close());
    app.get(
      '/api/v1/reports/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'downloadReport',
          summary:
            "A report to download: one collector's or capture's (its charts, table and findings) or the comparison of several",
          tags,
          querystring: ReportQuery,
          produces: ['text/html', 'application/pdf', 'application/zip'],
          response: {
            200: Type.Unsafe<Buffer>({
              type: 'string',
              format: 'binary',
              description:
                'report.html, report.pdf, or a zip of the PNGs (Content-Disposition names the file)',
            }),
          },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        const query = request.query;
        const runs = query.runs
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (runs.length < 1 || runs.length > 10)
          throw new ApiError('BAD_REQUEST', 'Name between 1 and 10 runs');
        if ((query.base ?? 0) >= runs.length)
          throw new ApiError('BAD_REQUEST', `base must be one of the runs, 0 to ${runs.length - 1}`);
        let timeZone = defaultTimeZone();
        try {
          if (query.tz !== undefined) timeZone = checkTimeZone(query.tz);
        } catch (error) {
          throw new ApiError('BAD_REQUEST', `tz: ${(error as Error).message}`);
        }
        let download: Awaited<ReturnType<typeof reportDownload>>;
        try {
          const reports: ReportModel[] = [];
          for (const run of runs) reports.push({ ...(await reportOfRun(tenant, run, query)), timeZone });
          const model =
            reports.length === 1
              ? (reports[0] as ReportModel)
              : comparisonOf(reports, { align: query.align, stat: query.stat, baseline: query.base });
          renderers ??= new ChartRenderers();
          download = await reportDownload(model, query.format, query.paper, renderers);
        } catch (error) {
          if (!(error instanceof ReportError)) throw error;
          if (error.message === NO_CHROMIUM) throw new ApiError('PDF_UNAVAILABLE');
          throw new ApiError('NOT_FOUND', error.message);
        }
        return reply
          .type(download.contentType)
          .header('content-disposition', `attachment; filename="${download.filename}"`)
          .header('cache-control', 'no-store')
          .send(download.body);
      },
    );
  };
}
