import { type Static, Type } from 'typebox';

const Percent = Type.Number({ minimum: 0, maximum: 100 });
const Text = (maxLength: number) => Type.String({ maxLength });

/** A level of a load-test run, as pcc measured it. */
export const LoadTestStepSchema = Type.Object(
  {
    target_pct: Type.Integer({ minimum: 1, maximum: 100 }),
    achieved_pct: Percent,
    steal_pct: Percent,
    own_pct: Type.Number({ minimum: 0, maximum: 1000 }),
    units_per_s: Type.Number({ minimum: 0 }),
    units_per_s_per_thread: Type.Array(Type.Number({ minimum: 0 }), { maxItems: 1024 }),
    cpu_pct: Type.Record(Type.String({ pattern: '^cpu[0-9]+$' }), Percent),
  },
  { additionalProperties: false },
);

/** What `pcc loadtest` posts and writes: the definition that makes runs comparable, and each level. */
export const LoadTestRunSchema = Type.Object(
  {
    collector_id: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "Needed when a user posts; a collector key is the key's collector",
      }),
    ),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    hostname: Text(255),
    cpu_model: Text(255),
    cpu_count: Type.Integer({ minimum: 0, maximum: 100_000 }),
    kernel: Text(255),
    work_unit: Type.Object(
      { name: Type.String({ minLength: 1, maxLength: 200 }), version: Type.Integer({ minimum: 1 }) },
      { additionalProperties: false },
    ),
    threads: Type.Integer({ minimum: 1, maximum: 1024 }),
    levels: Type.Array(Type.Integer({ minimum: 1, maximum: 100 }), { minItems: 1, maxItems: 100 }),
    step_duration_s: Type.Number({ exclusiveMinimum: 0 }),
    period_ms: Type.Number({ exclusiveMinimum: 0 }),
    started_at: Type.String({ format: 'date-time' }),
    ended_at: Type.String({ format: 'date-time' }),
    steps: Type.Array(LoadTestStepSchema, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type LoadTestRunBody = Static<typeof LoadTestRunSchema>;

export const LoadTestRunOut = Type.Object({
  ...LoadTestRunSchema.properties,
  id: Type.Integer(),
  collector_id: Type.String(),
});

/** The run's own consistency, which the schema cannot say: undefined when it holds, else what is wrong. */
export function runProblem(run: LoadTestRunBody): string | undefined {
  if (new Set(run.levels).size !== run.levels.length) return 'levels: each level once';
  const stray = run.steps.find((s) => !run.levels.includes(s.target_pct));
  if (stray !== undefined) return `steps: target_pct ${stray.target_pct} is not one of the levels`;
  if (new Set(run.steps.map((s) => s.target_pct)).size !== run.steps.length) return 'steps: each level once';
  const wrongThreads = run.steps.find((s) => s.units_per_s_per_thread.length !== run.threads);
  if (wrongThreads !== undefined)
    return `steps: level ${wrongThreads.target_pct} has ${wrongThreads.units_per_s_per_thread.length} per-thread figures for ${run.threads} threads`;
  if (Date.parse(run.ended_at) < Date.parse(run.started_at)) return 'ended_at: before started_at';
  return undefined;
}

/** What `pcc benchmark` posts and writes: the suite's results with their units and parameters. */
export const BenchmarkRunSchema = Type.Object(
  {
    collector_id: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "Needed when a user posts; a collector key is the key's collector",
      }),
    ),
    suite: Type.Object(
      { name: Type.String({ minLength: 1, maxLength: 200 }), version: Type.Integer({ minimum: 1 }) },
      { additionalProperties: false },
    ),
    hostname: Text(255),
    cpu_model: Text(255),
    cpu_count: Type.Integer({ minimum: 0, maximum: 100_000 }),
    kernel: Text(255),
    started_at: Type.String({ format: 'date-time' }),
    ended_at: Type.String({ format: 'date-time' }),
    results: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          score: Type.Number({ minimum: 0 }),
          unit: Text(50),
          parameters: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
          note: Type.Optional(Text(1000)),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type BenchmarkRunBody = Static<typeof BenchmarkRunSchema>;
