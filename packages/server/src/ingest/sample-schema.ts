import {
  CONTAINER_METRICS,
  type Column,
  CPU_METRICS,
  DEVICE_KINDS,
  DISK_METRICS,
  FS_METRICS,
  HOST_METRICS,
  NET_METRICS,
  type Sample,
  sampleProblem,
  TEMPERATURE_METRICS,
  timeProblem,
} from '@perfanalysis/shared';
import { type Static, Type } from 'typebox';
import { ApiError } from '../errors.js';

const Name = Type.String({ minLength: 1, maxLength: 255 });
/** A metric's description in the OpenAPI document: what it is, its unit and its plausible range. */
const describe = (column: Column): string =>
  `${column.description} (${column.unit === '' ? '' : `${column.unit}, `}${column.range.min} to ${column.range.max})`;
/** A device's metrics: numbers; a nullable one (a CPU's frequency) may be null or absent (an older agent's). */
const numbers = (columns: readonly Column[]) =>
  Object.fromEntries(
    columns.map((column) => [
      column.name,
      column.nullable
        ? Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: describe(column) }))
        : Type.Number({ description: describe(column) }),
    ]),
  );
const device = <K extends string>(key: K, columns: readonly Column[], extra = {}) =>
  Type.Array(Type.Object({ [key]: Name, ...extra, ...numbers(columns) }), { maxItems: 4096 });

/** A derived sample as pcc sends it: host metrics (null where unknown) and per-device detail. */
export const SampleSchema = Type.Object({
  timestamp: Type.Union([Type.Number(), Type.String({ format: 'date-time' })], {
    description: 'End of the interval: unix milliseconds or ISO 8601',
  }),
  interval: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  ...Object.fromEntries(
    HOST_METRICS.map((column) => [
      column.name,
      Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: describe(column) })),
    ]),
  ),
  cpus: Type.Optional(device('cpu', CPU_METRICS)),
  disks: Type.Optional(device('device', DISK_METRICS)),
  nets: Type.Optional(device('iface', NET_METRICS)),
  filesystems: Type.Optional(
    device('mount', FS_METRICS, {
      fstype: Type.String({ maxLength: 255 }),
      source: Type.String({ maxLength: 4096 }),
    }),
  ),
  temperatures: Type.Optional(device('sensor', TEMPERATURE_METRICS)),
  containers: Type.Optional(
    Type.Array(
      Type.Object({
        container_id: Name,
        container_name: Name,
        // null where the container's cgroup lacks the file, and mem_limit_mb for no limit.
        ...Object.fromEntries(
          CONTAINER_METRICS.map((column) => [
            column.name,
            Type.Union([Type.Number(), Type.Null()], { description: describe(column) }),
          ]),
        ),
      }),
      { maxItems: 4096 },
    ),
  ),
});

export const MetricsBody = Type.Object({ samples: Type.Array(SampleSchema, { maxItems: 10_000 }) });
export type MetricsBody = Static<typeof MetricsBody>;

const HOST_METRIC_NAMES: readonly string[] = HOST_METRICS.map((column) => column.name);

/**
 * The validated body as Samples: timestamps in unix ms, missing metrics null, missing lists empty. The body's
 * own objects are completed in place and returned: copying each sample's 40 metrics into a new object cost
 * as much as parsing the JSON. A time or a value that is not plausible refuses the batch, naming the sample,
 * the metric, the value and the time (the batch is wrong as sent: resending it cannot help).
 */
export function toSamples(body: MetricsBody, now = Date.now()): Sample[] {
  return body.samples.map((raw, index) => {
    const timestamp = typeof raw.timestamp === 'number' ? raw.timestamp : Date.parse(raw.timestamp);
    const late = timeProblem(timestamp, now);
    if (late !== undefined) {
      throw new ApiError(
        'INVALID_BODY',
        `/samples/${index}/timestamp ${JSON.stringify(raw.timestamp)} ${late}`,
      );
    }
    const sample = raw as Record<string, unknown>;
    sample.timestamp = timestamp;
    sample.interval ??= 0;
    for (const name of HOST_METRIC_NAMES) if (sample[name] === undefined) sample[name] = null;
    for (const list of DEVICE_KINDS) sample[list] ??= [];
    const problem = sampleProblem(sample as unknown as Sample);
    if (problem !== undefined) throw new ApiError('INVALID_BODY', `/samples/${index}: ${problem}`);
    return sample as unknown as Sample;
  });
}
