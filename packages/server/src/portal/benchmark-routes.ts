import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Benchmark, benchmarkRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { resultWriter } from '../auth/result-writer.js';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { BenchmarkRunSchema } from './loadtest-schemas.js';
import { Page, pageOf } from './page.js';
import { pageFields } from './schemas.js';

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

const benchmarkOut = (b: Benchmark) => ({
  id: b.id,
  collector_id: b.collectorId,
  name: b.name,
  score: b.score,
  unit: b.unit,
  run_at: b.runAt.toISOString(),
  details: b.details,
});

/** Benchmarks (scores per run) and load tests (CPU work units per utilisation level), as XATSimplified. */
export function benchmarkRoutes(_context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/benchmarks/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listBenchmarks',
          summary: 'Benchmark runs',
          tags: ['benchmarks'],
          querystring: Type.Object({
            ...pageFields,
            collector: Type.Optional(CollectorId),
            name: Type.Optional(Type.String({ maxLength: 200 })),
          }),
          response: { 200: Page(BenchmarkOut) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
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
        config: { auth: 'collector-or-analyst' },
        schema: {
          operationId: 'recordBenchmarks',
          summary:
            'Record a benchmark suite run as pcc benchmark posts it (a row per result; with a collector key, or a ' +
            'user naming collector_id), or one benchmark score',
          tags: ['benchmarks'],
          body: Type.Union([
            BenchmarkRunSchema,
            Type.Object({
              collector_id: CollectorId,
              name: Type.String({ minLength: 1, maxLength: 200 }),
              score: Type.Number(),
              unit: Type.Optional(Type.String({ maxLength: 50 })),
              run_at: Type.Optional(Type.String({ format: 'date-time' })),
              details: Details,
            }),
          ]),
          response: {
            201: Type.Union([Type.Object({ results: Type.Array(BenchmarkOut) }), BenchmarkOut]),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const { tenant, collectorId } = await resultWriter(request, body.collector_id);
        if ('results' in body) {
          const { collector_id: _, results, ...run } = body;
          const stored = await tenant.transaction(async (tx) => {
            const benchmarks = benchmarkRepository(tx);
            const rows: Benchmark[] = [];
            for (const { name, score, unit, ...about } of results) {
              rows.push(
                await benchmarks.create({
                  collectorId,
                  name,
                  score,
                  unit,
                  runAt: new Date(run.started_at),
                  details: { ...about, ...run },
                }),
              );
            }
            return rows;
          });
          return reply.status(201).send({ results: stored.map(benchmarkOut) });
        }
        const b = await benchmarkRepository(tenant).create({
          collectorId,
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
        config: { auth: 'viewer' },
        schema: {
          operationId: 'benchmarkStats',
          summary: 'Per benchmark name and collector: count, mean, min, max, stddev',
          tags: ['benchmarks'],
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
        const { tenant } = userOf(request);
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
  };
}
