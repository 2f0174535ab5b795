import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  type Benchmark,
  benchmarkRepository,
  isCollectorId,
  type LoadTestResult,
  loadTestRepository,
} from '@perfanalysis/storage';
import { Type } from 'typebox';
import { authenticate } from '../auth/authenticate.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { collectorOr404 } from './collector-routes.js';
import { Page, pageOf } from './page.js';
import { pageFields } from './schemas.js';

const security = [{ bearer: [] }, { apiKey: [] }];
const CollectorId = Type.String({ format: 'uuid' });
const Details = Type.Optional(Type.Record(Type.String(), Type.Unknown()));
const BenchmarkOut = Type.Object({
  id: Type.Integer(),
  collector_id: Type.String(),
  name: Type.String(),
  score: Type.Number(),
  unit: Type.String(),
  run_at: Type.String(),
  details: Type.Unknown(),
});
const LoadTestOut = Type.Object({
  id: Type.Integer(),
  collector_id: Type.String(),
  name: Type.String(),
  utilization_pct: Type.Number(),
  work_units: Type.Number(),
  run_at: Type.String(),
  details: Type.Unknown(),
});

const benchmarkOut = (b: Benchmark) => ({
  id: b.id,
  collector_id: b.collectorId,
  name: b.name,
  score: b.score,
  unit: b.unit,
  run_at: b.runAt.toISOString(),
  details: b.details,
});

const toLoadTest = (r: LoadTestResult) => ({
  id: r.id,
  collector_id: r.collectorId,
  name: r.name,
  utilization_pct: r.utilizationPct,
  work_units: r.workUnits,
  run_at: r.runAt.toISOString(),
  details: r.details,
});

/** Benchmarks (scores per run) and load tests (CPU work units per utilisation level), as XATSimplified. */
export function benchmarkRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/benchmarks/',
      {
        schema: {
          summary: 'Benchmark runs',
          tags: ['benchmarks'],
          security,
          querystring: Type.Object({
            ...pageFields,
            collector: Type.Optional(CollectorId),
            name: Type.Optional(Type.String({ maxLength: 200 })),
          }),
          response: { 200: Page(BenchmarkOut) },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const { collector, name, limit = 50, offset = 0 } = request.query;
        const { results, total } = await benchmarkRepository(tenant).list({
          collectorId: collector,
          name,
          limit,
          offset,
        });
        return pageOf(request, { limit, offset, count: total, results: results.map(benchmarkOut) });
      },
    );
    app.post(
      '/api/v1/benchmarks/',
      {
        schema: {
          summary: 'Record a benchmark run',
          tags: ['benchmarks'],
          security,
          body: Type.Object({
            collector_id: CollectorId,
            name: Type.String({ minLength: 1, maxLength: 200 }),
            score: Type.Number(),
            unit: Type.Optional(Type.String({ maxLength: 50 })),
            run_at: Type.Optional(Type.String({ format: 'date-time' })),
            details: Details,
          }),
          response: { 201: BenchmarkOut },
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'analyst');
        const body = request.body;
        await collectorOr404(tenant, body.collector_id);
        const b = await benchmarkRepository(tenant).create({
          collectorId: body.collector_id,
          name: body.name,
          score: body.score,
          unit: body.unit ?? '',
          runAt: body.run_at ? new Date(body.run_at) : undefined,
          details: body.details ?? null,
        });
        return reply.status(201).send(benchmarkOut(b));
      },
    );
    app.get(
      '/api/v1/benchmarks/stats/',
      {
        schema: {
          summary: 'Per benchmark name and collector: count, mean, min, max, stddev',
          tags: ['benchmarks'],
          security,
          querystring: Type.Object({ name: Type.Optional(Type.String({ maxLength: 200 })) }),
          response: {
            200: Type.Array(
              Type.Object({
                name: Type.String(),
                collector_id: Type.String(),
                count: Type.Integer(),
                mean: Type.Number(),
                min: Type.Number(),
                max: Type.Number(),
                stddev: Type.Number(),
              }),
            ),
          },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        return (await benchmarkRepository(tenant).stats({ name: request.query.name })).map((s) => ({
          name: s.name,
          collector_id: s.collectorId,
          count: s.count,
          mean: s.mean,
          min: s.min,
          max: s.max,
          stddev: s.stddev,
        }));
      },
    );

    app.get(
      '/api/v1/loadtest/',
      {
        schema: {
          summary: 'Load-test results',
          tags: ['load tests'],
          security,
          querystring: Type.Object({
            ...pageFields,
            collector: Type.Optional(CollectorId),
            name: Type.Optional(
              Type.String({ maxLength: 200, description: 'Only the results of this test' }),
            ),
          }),
          response: { 200: Page(LoadTestOut) },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const { collector, name, limit = 50, offset = 0 } = request.query;
        const { results, total } = await loadTestRepository(tenant).list({
          collectorId: collector,
          name,
          limit,
          offset,
        });
        return pageOf(request, { limit, offset, count: total, results: results.map(toLoadTest) });
      },
    );
    app.post(
      '/api/v1/loadtest/',
      {
        schema: {
          summary: 'Record the CPU work units a collector delivered at a utilisation level',
          tags: ['load tests'],
          security,
          body: Type.Object({
            collector_id: CollectorId,
            name: Type.Optional(Type.String({ maxLength: 200 })),
            utilization_pct: Type.Number({ minimum: 0, maximum: 100 }),
            work_units: Type.Number({ minimum: 0 }),
            run_at: Type.Optional(Type.String({ format: 'date-time' })),
            details: Details,
          }),
          response: { 201: LoadTestOut },
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'analyst');
        const body = request.body;
        await collectorOr404(tenant, body.collector_id);
        const result = await loadTestRepository(tenant).create({
          collectorId: body.collector_id,
          name: body.name ?? '',
          utilizationPct: body.utilization_pct,
          workUnits: body.work_units,
          runAt: body.run_at ? new Date(body.run_at) : undefined,
          details: body.details ?? null,
        });
        return reply.status(201).send(toLoadTest(result));
      },
    );
    app.post(
      '/api/v1/loadtest/compare/',
      {
        schema: {
          summary:
            'CPU work units at each utilisation level of one load test across collectors: the mean of its ' +
            'results at each level, and how many results that is (results of other tests are never averaged in)',
          tags: ['load tests'],
          security,
          body: Type.Object({
            collector_ids: Type.Array(CollectorId, { minItems: 1, maxItems: 50 }),
            name: Type.Optional(
              Type.String({
                maxLength: 200,
                description: "The test to compare; needed when the collectors' results come from several",
              }),
            ),
          }),
          response: {
            200: Type.Object({
              name: Type.String({ description: 'The test compared' }),
              levels: Type.Array(Type.Number()),
              collectors: Type.Array(
                Type.Object({
                  collector_id: Type.String(),
                  machine_name: Type.String(),
                  work_units: Type.Array(Type.Union([Type.Number(), Type.Null()])),
                  runs: Type.Array(Type.Integer(), {
                    description: 'How many results each level is the mean of',
                  }),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const ids = [...new Set(request.body.collector_ids)];
        if (!ids.every(isCollectorId))
          throw new ApiError('INVALID_BODY', 'collector_ids must be collector ids');
        const collectors = await Promise.all(ids.map((id) => collectorOr404(tenant, id)));
        const loadtests = loadTestRepository(tenant);
        const names = await loadtests.testNames(ids);
        if (request.body.name === undefined && names.length > 1) {
          throw new ApiError(
            'INVALID_BODY',
            `These collectors have results of ${names.length} load tests (${names.map((n) => JSON.stringify(n)).join(', ')}), ` +
              'which are never averaged together: name the one to compare in "name"',
          );
        }
        const name = request.body.name ?? names[0] ?? '';
        const rows = await loadtests.compare(ids, name);
        const levels = [...new Set(rows.map((r) => r.utilizationPct))].sort((a, b) => a - b);
        const at = (id: string, level: number) =>
          rows.find((r) => r.collectorId === id && r.utilizationPct === level);
        return {
          name,
          levels,
          collectors: collectors.map((c) => ({
            collector_id: c.id,
            machine_name: c.machineName,
            work_units: levels.map((level) => at(c.id, level)?.workUnits ?? null),
            runs: levels.map((level) => at(c.id, level)?.runs ?? 0),
          })),
        };
      },
    );
  };
}
