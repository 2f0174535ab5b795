import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  isCollectorId,
  type LoadTestResult,
  loadTestRepository,
  loadTestRunRepository,
  type StoredLoadTestRun,
} from '@perfanalysis/storage';
import { Type } from 'typebox';
import { resultWriter } from '../auth/result-writer.js';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { collectorOr404 } from './collector-routes.js';
import { LoadTestRunOut, LoadTestRunSchema, runProblem } from './loadtest-schemas.js';
import { Page, pageOf } from './page.js';
import { pageFields } from './schemas.js';

const CollectorId = Type.String({ format: 'uuid' });
const LoadTestOut = Type.Object({
  id: Type.Integer(),
  collector_id: Type.String(),
  name: Type.String(),
  utilization_pct: Type.Number(),
  work_units: Type.Number(),
  run_at: Type.String(),
  details: Type.Unknown(),
  run_id: Type.Union([Type.Integer(), Type.Null()]),
  work_unit_version: Type.Union([Type.Integer(), Type.Null()]),
});
const LevelBody = Type.Object({
  collector_id: CollectorId,
  name: Type.Optional(Type.String({ maxLength: 200 })),
  utilization_pct: Type.Number({ minimum: 0, maximum: 100 }),
  work_units: Type.Number({ minimum: 0 }),
  run_at: Type.Optional(Type.String({ format: 'date-time' })),
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

const toLoadTest = (r: LoadTestResult) => ({
  id: r.id,
  collector_id: r.collectorId,
  name: r.name,
  utilization_pct: r.utilizationPct,
  work_units: r.workUnits,
  run_at: r.runAt.toISOString(),
  details: r.details,
  run_id: r.runId,
  work_unit_version: r.workUnitVersion,
});
const toRun = ({ collectorId, ...run }: StoredLoadTestRun) => ({
  ...run,
  collector_id: collectorId,
  work_unit: { ...run.work_unit },
  levels: [...run.levels],
  steps: run.steps.map((step) => ({
    ...step,
    units_per_s_per_thread: [...step.units_per_s_per_thread],
    cpu_pct: { ...step.cpu_pct },
  })),
});

/**
 * Load tests: a whole run as `pcc loadtest` posts it (its definition and levels), or one level at a time as
 * XATSimplified took them; the runs; and the comparison of one test definition across collectors.
 */
export function loadTestRoutes(_context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/loadtest/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listLoadTests',
          summary: 'Load-test results, a row per level',
          tags: ['load tests'],
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
        const { tenant } = userOf(request);
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
        config: { auth: 'collector-or-analyst' },
        schema: {
          operationId: 'recordLoadTest',
          summary:
            'Record a load-test run as pcc loadtest posts it (with a collector key, or a user naming collector_id), ' +
            'or one level: the CPU work units a collector delivered at a utilisation level',
          tags: ['load tests'],
          body: Type.Union([LoadTestRunSchema, LevelBody]),
          response: {
            201: Type.Union([
              Type.Object({ run: LoadTestRunOut, results: Type.Array(LoadTestOut) }),
              LoadTestOut,
            ]),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if ('steps' in body) {
          const problem = runProblem(body);
          if (problem !== undefined) throw new ApiError('INVALID_BODY', problem);
          const { tenant, collectorId } = await resultWriter(request, body.collector_id);
          const { collector_id: _, ...run } = body;
          const stored = await loadTestRunRepository(tenant).create(collectorId, run);
          return reply.status(201).send({ run: toRun(stored.run), results: stored.results.map(toLoadTest) });
        }
        const { tenant, collectorId } = await resultWriter(request, body.collector_id);
        const result = await loadTestRepository(tenant).create({
          collectorId,
          name: body.name ?? '',
          utilizationPct: body.utilization_pct,
          workUnits: body.work_units,
          runAt: body.run_at ? new Date(body.run_at) : undefined,
          details: body.details ?? null,
        });
        return reply.status(201).send(toLoadTest(result));
      },
    );
    app.get(
      '/api/v1/loadtest/runs/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listLoadTestRuns',
          summary: 'Load-test runs, newest first, each with its definition and levels',
          tags: ['load tests'],
          querystring: Type.Object({
            ...pageFields,
            collector: Type.Optional(CollectorId),
            name: Type.Optional(Type.String({ maxLength: 200, description: 'Only the runs of this test' })),
          }),
          response: { 200: Page(LoadTestRunOut) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const { collector, name, limit = 50, offset = 0 } = request.query;
        const { results, total } = await loadTestRunRepository(tenant).list({
          collectorId: collector,
          name,
          limit,
          offset,
        });
        return pageOf(request, { limit, offset, count: total, results: results.map(toRun) });
      },
    );
    app.get(
      '/api/v1/loadtest/runs/:id/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'getLoadTestRun',
          summary: 'One load-test run',
          tags: ['load tests'],
          params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }),
          response: { 200: LoadTestRunOut },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const run = await loadTestRunRepository(tenant).get(request.params.id);
        if (run === undefined) throw new ApiError('NOT_FOUND', `No load-test run ${request.params.id}`);
        return toRun(run);
      },
    );
    app.post(
      '/api/v1/loadtest/compare/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'compareLoadTests',
          summary:
            'CPU work units at each utilisation level of one load test (name and work-unit version) across ' +
            'collectors: the mean of its results at each level, how many results that is, and the runs used ' +
            '(results of other tests or versions are never averaged in)',
          tags: ['load tests'],
          body: Type.Object({
            collector_ids: Type.Array(CollectorId, { minItems: 1, maxItems: 50 }),
            name: Type.Optional(
              Type.String({
                maxLength: 200,
                description: "The test to compare; needed when the collectors' results come from several",
              }),
            ),
            work_unit_version: Type.Optional(
              Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
                description:
                  'The work-unit version to compare; needed when the test has results of several ' +
                  '(null: levels posted one by one, without a version)',
              }),
            ),
          }),
          response: {
            200: Type.Object({
              name: Type.String({ description: 'The test compared' }),
              work_unit_version: Type.Union([Type.Integer(), Type.Null()]),
              levels: Type.Array(Type.Number()),
              collectors: Type.Array(
                Type.Object({
                  collector_id: Type.String(),
                  machine_name: Type.String(),
                  work_units: Type.Array(Type.Union([Type.Number(), Type.Null()])),
                  runs: Type.Array(Type.Integer(), {
                    description: 'How many results each level is the mean of',
                  }),
                  run_ids: Type.Array(Type.Integer(), { description: 'The runs those results came from' }),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
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
        const versions = await loadtests.versions(ids, name);
        const asked = request.body.work_unit_version;
        if (asked === undefined && versions.length > 1) {
          throw new ApiError(
            'INVALID_BODY',
            `The results of ${JSON.stringify(name)} come from ${versions.length} work-unit versions ` +
              `(${versions.map((v) => (v === null ? 'none' : `v${v}`)).join(', ')}), which measure different work: ` +
              'name the one to compare in "work_unit_version"',
          );
        }
        const version = asked === undefined ? (versions[0] ?? null) : asked;
        const rows = await loadtests.compare(ids, name, version);
        const levels = [...new Set(rows.map((r) => r.utilizationPct))].sort((a, b) => a - b);
        const at = (id: string, level: number) =>
          rows.find((r) => r.collectorId === id && r.utilizationPct === level);
        return {
          name,
          work_unit_version: version,
          levels,
          collectors: collectors.map((c) => ({
            collector_id: c.id,
            machine_name: c.machineName,
            work_units: levels.map((level) => at(c.id, level)?.workUnits ?? null),
            runs: levels.map((level) => at(c.id, level)?.runs ?? 0),
            run_ids: [...new Set(rows.filter((r) => r.collectorId === c.id).flatMap((r) => r.runIds))].sort(
              (a, b) => a - b,
            ),
          })),
        };
      },
    );
  };
}
