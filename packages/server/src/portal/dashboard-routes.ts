import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEVICE_KINDS, HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';
import {
  compareCollections,
  type Database,
  deviceSeries,
  deviceTable,
  hostSeriesOnGrid,
  resolveRange,
  samplesVersion,
  samplingInterval,
  seriesGrid,
  type TenantHandle,
  type UtilisationTable,
  utilisationTable,
} from '@perfanalysis/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { answerCache, sendAnswer } from './answer-cache.js';
import { collectorOr404 } from './collector-routes.js';
import { metricList, RangeQuery, rangeSpec } from './dashboard-query.js';
import {
  CompareOut,
  DeviceSeriesOut,
  SeriesOut,
  stringifyColumns,
  UtilisationOut,
} from './dashboard-schemas.js';
import { IdParam } from './schemas.js';

const tags = ['dashboard'];
const HOST_NAMES = HOST_METRICS.map((c) => c.name);
const DEFAULT_POINTS = 1000;
/** As many buckets as `points` may ask for. */
const MAX_POINTS = 10_000;
const UNITS = new Map(HOST_METRICS.map((c) => [c.name as string, c]));

/** The range a query names for a collector; null for a relative range of a collector without samples. */
function rangeOf(tenant: TenantHandle, collectorId: string, query: RangeQuery) {
  return resolveRange(tenant, collectorId, rangeSpec(query));
}

/** How an answer about a collector without samples starts: saying so, over an empty window (the time of asking). */
function noSamples() {
  const now = new Date().toISOString();
  return { no_samples: true, from: now, to: now, bucket_seconds: 0 };
}

/** A utilisation table with each metric's unit and description, and how its percentiles were computed. */
function withUnits(result: UtilisationTable) {
  return {
    exact: result.exact,
    samples: result.samples,
    rows: result.rows.map((row) => ({
      ...row,
      unit: UNITS.get(row.metric)?.unit ?? '',
      description: UNITS.get(row.metric)?.description ?? '',
    })),
  };
}

/**
 * Answers a viewer's request about one collector's samples: what `compute` gives, kept in the answer cache
 * under the collector's samples_version and the request's URL (see sendAnswer).
 */
async function answer<R extends FastifyReply>(
  db: Database,
  request: FastifyRequest,
  reply: R,
  id: string,
  compute: (tenant: TenantHandle, collectorId: string, version: number) => Promise<unknown>,
): Promise<R> {
  const { tenant } = userOf(request);
  const version = await samplesVersion(tenant, id);
  if (version === undefined) throw new ApiError('NOT_FOUND', `No collector ${id}`);
  await sendAnswer(db, reply, `${tenant.schema} ${version} ${request.url}`, () =>
    compute(tenant, id, version),
  );
  return reply;
}

/** Dashboard data: downsampled series (uPlot's columnar format), per-device series, utilisation tables, compare. */
export function dashboardRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/collectors/:id/series/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'hostSeries',
          summary:
            "A collector's host metrics, downsampled in the database to about `points` buckets (mean, min, max)",
          tags,
          params: IdParam,
          querystring: Type.Object({
            ...RangeQuery.properties,
            bucket_seconds: Type.Optional(
              Type.Integer({
                minimum: 1,
                maximum: 31_536_000,
                description:
                  'Instead of points: this bucket width (to put runs fetched one by one on one grid)',
              }),
            ),
            align: Type.Optional(
              Type.Union([Type.Literal('clock'), Type.Literal('start')], {
                description:
                  'Buckets on multiples of their width since the epoch (clock, default), or from the start of the range',
              }),
            ),
          }),
          response: { 200: SeriesOut },
        },
      },
      async (request, reply) =>
        answer(db, request, reply, request.params.id, async (tenant, collectorId, version) => {
          const metrics = metricList<HostMetricName>(request.query.metrics, HOST_NAMES);
          const range = await rangeOf(tenant, collectorId, request.query);
          if (!range) return { collector_id: collectorId, ...noSamples(), time: [], series: {} };
          const bucket = request.query.bucket_seconds;
          if (
            bucket !== undefined &&
            (range.to.getTime() - range.from.getTime()) / 1000 / bucket > MAX_POINTS
          )
            throw new ApiError(
              'BAD_REQUEST',
              `bucket_seconds: more than ${MAX_POINTS} buckets in that range`,
            );
          // Requests that differ (in points, say) but read the same grid get the same answer: one computation,
          // kept under the grid too; the sampling interval that picks the grid, under the range (the samples
          // version is in both keys, as in `answer`).
          const [from, to] = [range.from.toISOString(), range.to.toISOString()];
          const interval = async () => {
            const key = `${tenant.schema} ${version} interval ${collectorId} ${from} ${to}`;
            const kept = await answerCache(db).get(key, () => samplingInterval(tenant, collectorId, range));
            return Number(kept.toString('utf8'));
          };
          const options = {
            ...range,
            points: request.query.points ?? DEFAULT_POINTS,
            metrics,
            bucketSeconds: request.query.bucket_seconds,
            align: request.query.align,
          };
          const grid = await seriesGrid(tenant, collectorId, options, interval);
          const gridKey = `${tenant.schema} ${version} series ${collectorId} ${from} ${to} ${metrics.join(',')} ${grid.origin} ${grid.bucketSeconds} ${grid.count} ${grid.resolution}`;
          return answerCache(db).get(gridKey, async () => {
            const series = await hostSeriesOnGrid(tenant, collectorId, metrics, grid);
            return {
              collector_id: collectorId,
              no_samples: false,
              from,
              to,
              bucket_seconds: series.bucketSeconds,
              time: series.time,
              series: series.series,
            };
          });
        }),
    );

    app.get(
      '/api/v1/collectors/:id/devices/:kind/series/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'deviceSeries',
          summary: 'Per-device series: CPUs, disks, interfaces, filesystems, temperatures or containers',
          tags,
          params: Type.Object({
            id: Type.String({ maxLength: 64 }),
            kind: Type.Union(DEVICE_KINDS.map((k) => Type.Literal(k))),
          }),
          querystring: RangeQuery,
          response: { 200: DeviceSeriesOut },
        },
      },
      async (request, reply) =>
        answer(db, request, reply, request.params.id, async (tenant, collectorId) => {
          const { kind } = request.params;
          const metrics = metricList(request.query.metrics, deviceTable(kind).metrics);
          const range = await rangeOf(tenant, collectorId, request.query);
          if (!range) return { ...noSamples(), time: [], devices: {} };
          const series = await deviceSeries(tenant, collectorId, kind, {
            ...range,
            points: request.query.points ?? DEFAULT_POINTS,
            metrics,
          });
          return {
            no_samples: false,
            from: range.from.toISOString(),
            to: range.to.toISOString(),
            bucket_seconds: series.bucketSeconds,
            time: series.time,
            devices: series.devices,
          };
        }),
    );

    app.get(
      '/api/v1/collectors/:id/utilisation/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'utilisation',
          summary:
            'P50, P90, P95, P99, mean, max and min of every host metric over the range, from the raw samples',
          tags,
          params: IdParam,
          querystring: RangeQuery,
          response: { 200: UtilisationOut },
        },
      },
      async (request, reply) =>
        answer(db, request, reply, request.params.id, async (tenant, collectorId) => {
          const range = await rangeOf(tenant, collectorId, request.query);
          if (!range) return { ...noSamples(), exact: true, samples: 0, rows: [] };
          const result = await utilisationTable(tenant, collectorId, range);
          return {
            no_samples: false,
            from: range.from.toISOString(),
            to: range.to.toISOString(),
            ...withUnits(result),
          };
        }),
    );

    app.get(
      '/api/v1/compare/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'compareCollectors',
          summary:
            'Several collectors: series aligned at the start of each run (t = 0) or on the clock, and their tables',
          tags,
          querystring: Type.Object({
            ...RangeQuery.properties,
            collectors: Type.String({
              maxLength: 2000,
              description: 'Comma-separated collector ids (2 to 10)',
            }),
            align: Type.Optional(
              Type.Union([Type.Literal('start'), Type.Literal('clock')], { description: 'Default start' }),
            ),
          }),
          response: { 200: CompareOut },
        },
        serializerCompiler: stringifyColumns,
      },
      async (request) => {
        const { tenant } = userOf(request);
        const ids = [
          ...new Set(
            request.query.collectors
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
        if (ids.length < 1 || ids.length > 10)
          throw new ApiError('BAD_REQUEST', 'Name between 1 and 10 collectors');
        const collectors = await Promise.all(ids.map((id) => collectorOr404(tenant, id)));
        const align = request.query.align ?? 'start';
        const metrics = metricList<HostMetricName>(request.query.metrics, HOST_NAMES);
        const runs = await Promise.all(
          collectors.map(async (c) => {
            const range = await rangeOf(tenant, c.id, request.query);
            if (!range) throw new ApiError('NOT_FOUND', `No samples of ${c.machineName} in that range`);
            return { c, range };
          }),
        );
        const comparison = await compareCollections(
          tenant,
          runs.map(({ c, range }) => ({ collectorId: c.id, ...range })),
          { points: request.query.points ?? DEFAULT_POINTS, metrics, align },
        );
        return {
          align,
          bucket_seconds: comparison.bucketSeconds,
          collectors: runs.map(({ c, range }) => ({
            id: c.id,
            machine_name: c.machineName,
            site_name: c.siteName,
            from: range.from.toISOString(),
            to: range.to.toISOString(),
          })),
          time: comparison.time,
          series: Object.fromEntries(comparison.collections.map((run) => [run.collectorId, run.series])),
          tables: Object.fromEntries(
            comparison.collections.map((run) => [run.collectorId, withUnits(run.table)]),
          ),
        };
      },
    );
  };
}
