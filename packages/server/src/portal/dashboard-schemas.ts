import { Type } from 'typebox';

/** The answers of the dashboard data routes (dashboard-routes.ts), in uPlot's columnar format. */

const Value = Type.Union([Type.Number(), Type.Null()]);
const Time = Type.Array(Type.Number(), { description: "Each bucket's start, unix seconds, ascending" });
const Instant = Type.String({ format: 'date-time' });
/** On each collector data answer: a collector without samples answers 200 with empty data, saying so. */
const NoSamples = Type.Boolean({
  description:
    'true: the collector has no samples yet (a relative range found none): time, series, devices and rows are empty, from and to the time of asking',
});

export const Columns = Type.Object(
  { mean: Type.Array(Value), min: Type.Array(Value), max: Type.Array(Value) },
  { description: 'Mean, min and max per bucket, a value per entry of time; null is a gap' },
);

export const SeriesOut = Type.Object({
  collector_id: Type.String(),
  no_samples: NoSamples,
  from: Instant,
  to: Instant,
  bucket_seconds: Type.Number(),
  time: Time,
  series: Type.Record(Type.String(), Columns, { description: 'Per host metric' }),
});

export const DeviceSeriesOut = Type.Object({
  no_samples: NoSamples,
  from: Instant,
  to: Instant,
  bucket_seconds: Type.Number(),
  time: Time,
  devices: Type.Record(Type.String(), Type.Record(Type.String(), Columns), {
    description: "Per device (a CPU, disk, interface…), per metric of the device's table",
  }),
});

export const UtilisationRowOut = Type.Object({
  metric: Type.String(),
  unit: Type.String(),
  description: Type.String(),
  count: Type.Integer({ description: 'Samples with a value for this metric' }),
  p50: Value,
  p90: Value,
  p95: Value,
  p99: Value,
  mean: Value,
  max: Value,
  min: Value,
});

const UtilisationTableOut = Type.Object({
  exact: Type.Boolean({
    description: "true: percentiles from every raw sample; false: from the rollups' sketches, within 1 %",
  }),
  samples: Type.Integer({ description: 'Samples in the range' }),
  rows: Type.Array(UtilisationRowOut),
});

export const UtilisationOut = Type.Object({
  no_samples: NoSamples,
  from: Instant,
  to: Instant,
  ...UtilisationTableOut.properties,
});

export const CompareOut = Type.Object({
  align: Type.Union([Type.Literal('start'), Type.Literal('clock')]),
  bucket_seconds: Type.Number(),
  collectors: Type.Array(
    Type.Object({
      id: Type.String(),
      machine_name: Type.String(),
      site_name: Type.Union([Type.String(), Type.Null()]),
      from: Instant,
      to: Instant,
    }),
  ),
  time: Time,
  series: Type.Record(Type.String(), Type.Record(Type.String(), Columns), {
    description: 'Per collector id, per host metric',
  }),
  tables: Type.Record(Type.String(), UtilisationTableOut, { description: 'Per collector id' }),
});

/**
 * A route's serializer for answers of long columns: JSON.stringify, several times quicker on them than the
 * serializer Fastify compiles from the schema (which tests each value against number-or-null).
 */
export const stringifyColumns = () => (data: unknown) => JSON.stringify(data);
