import { HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';

/**
 * The original collector's JSON, the user guide's "Example Data Format": a record per collection with
 * `timestamp` (unix seconds), `cpu` (user, system, idle, iowait: % of the interval), `memory` (total_kb,
 * used_kb, free_kb, cached_kb), `disks[]` (device, read_bytes, write_bytes) and `network[]` (interface,
 * rx_bytes, tx_bytes). The disk and network bytes are /proc/diskstats' and /proc/net/dev's counters, so their
 * rates come from two records in a row: the first record, and one after a counter went back (a reboot), has
 * none. A file holds one record, an array of them, or one a line.
 */

/** A file's records as host rows: unix ms, and HOST_METRICS values a row (NaN where the record says nothing). */
export interface HostRows {
  readonly times: Float64Array;
  readonly values: Float64Array;
}

const METRICS = HOST_METRICS.length;
const at = (name: HostMetricName): number => HOST_METRICS.findIndex((c) => c.name === name);
const CPU_FIELDS = [
  ['user', at('cpu_user')],
  ['system', at('cpu_system')],
  ['idle', at('cpu_idle')],
  ['iowait', at('cpu_iowait')],
] as const;
const MEMORY_FIELDS = [
  ['total_kb', at('mem_total')],
  ['used_kb', at('mem_used')],
  ['free_kb', at('mem_free')],
  ['cached_kb', at('mem_cached')],
] as const;
const MEM_AVAILABLE = at('mem_available');
const DISK = { read: at('disk_read_bytes'), write: at('disk_write_bytes') };
const NET = { rx: at('net_rx_bytes'), tx: at('net_tx_bytes') };

/** Whether parsed JSON is the collector's: a record, or records, with a `timestamp` and no capture `format`. */
export function isCollectorJson(parsed: unknown): boolean {
  const first = Array.isArray(parsed) ? parsed[0] : parsed;
  return isObject(first) && 'timestamp' in first && !('format' in first);
}

/** The records of parsed JSON: one object, or an array of them. */
export function collectorRecords(parsed: unknown): readonly unknown[] {
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** @throws Error naming the record (1-based) and the field when a record is not of the collector's shape. */
export function collectorJsonHostRows(records: readonly unknown[]): HostRows {
  if (records.length === 0) throw new Error('no records');
  const times = new Float64Array(records.length);
  const values = new Float64Array(records.length * METRICS).fill(Number.NaN);
  let previous: { seconds: number; disks: Counters; nets: Counters } | undefined;
  records.forEach((value, index) => {
    const where = `record ${index + 1}`;
    if (!isObject(value)) throw new Error(`${where}: not an object`);
    const seconds = value.timestamp;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0)
      throw new Error(`${where}: "timestamp" is not a time in unix seconds`);
    if (previous !== undefined && seconds <= previous.seconds)
      throw new Error(
        `${where}: "timestamp" ${seconds} is not after the record before (${previous.seconds})`,
      );
    times[index] = Math.round(seconds * 1000);
    const row = index * METRICS;
    const cpu = section(value, 'cpu', where);
    for (const [field, column] of CPU_FIELDS) values[row + column] = number(cpu, 'cpu', field, where);
    const memory = section(value, 'memory', where);
    for (const [field, column] of MEMORY_FIELDS)
      values[row + column] = number(memory, 'memory', field, where) / 1024;
    values[row + MEM_AVAILABLE] =
      (values[row + at('mem_total')] ?? NaN) - (values[row + at('mem_used')] ?? NaN);
    const disks = counters(value, 'disks', 'device', ['read_bytes', 'write_bytes'], where);
    const nets = counters(value, 'network', 'interface', ['rx_bytes', 'tx_bytes'], where);
    nets.delete('lo');
    if (previous !== undefined) {
      const elapsed = seconds - previous.seconds;
      [values[row + DISK.read], values[row + DISK.write]] = rates(previous.disks, disks, elapsed);
      [values[row + NET.rx], values[row + NET.tx]] = rates(previous.nets, nets, elapsed);
    }
    previous = { seconds, disks, nets };
  });
  return { times, values };
}

/** Counters by device or interface: two a device. */
type Counters = Map<string, readonly [number, number]>;

function section(record: Record<string, unknown>, name: string, where: string): Record<string, unknown> {
  const value = record[name];
  if (value === undefined) return {};
  if (!isObject(value)) throw new Error(`${where}: "${name}" is not an object`);
  return value;
}

/** A field's number; NaN when it is absent. */
function number(object: Record<string, unknown>, name: string, field: string, where: string): number {
  const value = object[field];
  if (value === undefined || value === null) return Number.NaN;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`${where}: "${name}.${field}" is not a number`);
  return value;
}

function counters(
  record: Record<string, unknown>,
  list: string,
  key: string,
  [first, second]: readonly [string, string],
  where: string,
): Counters {
  const value = record[list];
  const found: Counters = new Map();
  if (value === undefined) return found;
  if (!Array.isArray(value)) throw new Error(`${where}: "${list}" is not an array`);
  value.forEach((item: unknown, i) => {
    const path = `${list}[${i}]`;
    if (!isObject(item)) throw new Error(`${where}: "${path}" is not an object`);
    const name = item[key];
    if (typeof name !== 'string' || name === '') throw new Error(`${where}: "${path}.${key}" is not a name`);
    const pair = [number(item, path, first, where), number(item, path, second, where)] as const;
    if (pair.some((n) => Number.isNaN(n) || n < 0))
      throw new Error(`${where}: "${path}" needs ${first} and ${second}, counts of bytes`);
    found.set(name, pair);
  });
  return found;
}

/** Per-second rates of the summed counters of the devices in both records; NaN where a counter went back. */
function rates(before: Counters, now: Counters, seconds: number): [number, number] {
  const sum: [number, number] = [0, 0];
  let common = 0;
  for (const [name, [a, b]] of now) {
    const old = before.get(name);
    if (old === undefined) continue;
    if (a < old[0] || b < old[1]) return [Number.NaN, Number.NaN];
    sum[0] += a - old[0];
    sum[1] += b - old[1];
    common += 1;
  }
  return common === 0 ? [Number.NaN, Number.NaN] : [sum[0] / seconds, sum[1] / seconds];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
