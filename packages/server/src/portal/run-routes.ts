import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { timeProblem } from '@perfanalysis/shared';
import { type Run, runRepository } from '@perfanalysis/storage';
import { type Static, Type } from 'typebox';
import { userOf } from '../auth/route-access.js';
import { ApiError } from '../errors.js';
import { collectorOr404 } from './collector-routes.js';
import { Page, pageOf } from './page.js';
import { IdParam, pageFields, RowId } from './schemas.js';

const tags = ['runs'];
/** The longest run: a soak test of a year is conceivable, a run of a decade is a typing mistake. */
export const MAX_RUN_DAYS = 400;

const Name = Type.String({ minLength: 1, maxLength: 200, description: 'What the run was: "200 users"' });
const Note = Type.String({ maxLength: 4000, description: 'Anything worth remembering about it' });
const Instant = (description: string) => Type.String({ format: 'date-time', description });
const RunBody = Type.Object(
  {
    name: Name,
    note: Type.Optional(Note),
    start: Instant('Where the run starts'),
    end: Instant('Where the run ends (after its start)'),
  },
  { additionalProperties: false },
);
const RunChanges = Type.Object(
  {
    version: Type.Integer({
      minimum: 1,
      maximum: 2_147_483_647,
      description: 'The version the edit was made on: an edit of a run changed since is refused (409)',
    }),
    name: Type.Optional(Name),
    note: Type.Optional(Note),
    start: Type.Optional(Instant('Where the run starts')),
    end: Type.Optional(Instant('Where the run ends')),
  },
  { additionalProperties: false },
);
const RunOut = Type.Object({
  kind: Type.Union([Type.Literal('run'), Type.Literal('loadtest')], {
    description: 'run: named by a person, editable; loadtest: a run pcc loadtest posted, read only',
  }),
  id: Type.Integer({ description: 'Unique within its kind' }),
  key: Type.String({
    description: 'Unique across kinds ("r12", "lt3"); Compare and reports name a run as collector@key',
  }),
  collector_id: Type.String(),
  name: Type.String(),
  note: Type.String(),
  start: Type.String({ format: 'date-time' }),
  end: Type.String({ format: 'date-time' }),
  created_by: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});

const runOut = (run: Run): Static<typeof RunOut> => ({
  kind: run.kind,
  id: run.id,
  key: run.key,
  collector_id: run.collectorId,
  name: run.name,
  note: run.note,
  start: run.start.toISOString(),
  end: run.end.toISOString(),
  created_by: run.createdBy,
  created_at: run.createdAt.toISOString(),
  updated_at: run.updatedAt.toISOString(),
  version: run.version,
});

/** The window's problem, naming the field, or undefined when it is a plausible window. */
function windowProblem(start: Date, end: Date): string | undefined {
  for (const [field, at] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const problem = timeProblem(at.getTime());
    if (problem !== undefined) return `${field} ${problem}`;
  }
  if (end.getTime() <= start.getTime()) return 'end: must be after start';
  if (end.getTime() - start.getTime() > MAX_RUN_DAYS * 86_400_000)
    return `end: a run is at most ${MAX_RUN_DAYS} days long`;
  return undefined;
}

/**
 * Named runs: windows of a collector's data that people name and annotate (viewers read, analysts and
 * admins make, edit and delete them); a collector's list carries its load-test runs too, marked as such.
 */
export function runRoutes(): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/collectors/:id/runs/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listRuns',
          summary: "A collector's runs, by start: the named ones and its load-test runs",
          tags,
          params: IdParam,
          querystring: Type.Object(pageFields),
          response: { 200: Page(RunOut) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const collector = await collectorOr404(tenant, request.params.id);
        const { limit = 50, offset = 0 } = request.query;
        const { results, total } = await runRepository(tenant).list(collector.id, { limit, offset });
        return pageOf(request, { limit, offset, count: total, results: results.map(runOut) });
      },
    );
    app.post(
      '/api/v1/collectors/:id/runs/',
      {
        config: { auth: 'analyst' },
        schema: {
          operationId: 'createRun',
          summary: 'Name a window of the collector\'s data as a run ("200 users, after the kernel update")',
          tags,
          params: IdParam,
          body: RunBody,
          response: { 201: RunOut },
        },
      },
      async (request, reply) => {
        const { tenant, user } = userOf(request);
        const collector = await collectorOr404(tenant, request.params.id);
        const { name, note, start, end } = request.body;
        const window = { start: new Date(start), end: new Date(end) };
        const problem = windowProblem(window.start, window.end);
        if (problem !== undefined) throw new ApiError('INVALID_BODY', problem);
        const run = await runRepository(tenant).create(collector.id, { name, note, ...window }, user.id);
        return reply.status(201).send(runOut(run));
      },
    );
    app.get(
      '/api/v1/runs/:id/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'getRun',
          summary: 'One named run',
          tags,
          params: Type.Object({ id: RowId }),
          response: { 200: RunOut },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        return runOut(await runOr404(runRepository(tenant), request.params.id));
      },
    );
    app.patch(
      '/api/v1/runs/:id/',
      {
        config: { auth: 'analyst', errors: [409] },
        schema: {
          operationId: 'updateRun',
          summary: 'Rename, annotate or move a named run (409 when someone changed it since you read it)',
          tags,
          params: Type.Object({ id: RowId }),
          body: RunChanges,
          response: { 200: RunOut },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const runs = runRepository(tenant);
        const current = await runOr404(runs, request.params.id);
        const { version, name, note, start, end } = request.body;
        const window = {
          start: start === undefined ? current.start : new Date(start),
          end: end === undefined ? current.end : new Date(end),
        };
        const problem = windowProblem(window.start, window.end);
        if (problem !== undefined) throw new ApiError('INVALID_BODY', problem);
        const updated = await runs.update(current.id, version, { name, note, ...window });
        if (updated === undefined) throw new ApiError('NOT_FOUND', `No run ${request.params.id}`);
        return runOut(updated);
      },
    );
    app.delete(
      '/api/v1/runs/:id/',
      {
        config: { auth: 'analyst' },
        schema: {
          operationId: 'deleteRun',
          summary: 'Delete a named run (its data stays)',
          tags,
          params: Type.Object({ id: RowId }),
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        if (!(await runRepository(tenant).delete(Number(request.params.id))))
          throw new ApiError('NOT_FOUND', `No run ${request.params.id}`);
        return reply.status(204).send(null);
      },
    );
  };
}

async function runOr404(runs: ReturnType<typeof runRepository>, id: string): Promise<Run> {
  const run = await runs.get(Number(id));
  if (run === undefined) throw new ApiError('NOT_FOUND', `No run ${id}`);
  return run;
}
