import {
  CONTAINER_METRICS,
  CPU_METRICS,
  csvField,
  csvLine,
  DISK_METRICS,
  FS_METRICS,
  HOST_CSV_COLUMNS,
  NET_METRICS,
  type Sample,
  TEMPERATURE_METRICS,
} from '@perfanalysis/shared';

/** A CSV file with one row per device and sample: the timestamp, the device's key columns, its metrics. */
export interface DeviceTable {
  readonly file: string;
  /** The header line, with its line feed. */
  readonly header: string;
  /** A sample's rows, each ending with a line feed; `timestamp` is the sample's, already formatted. */
  rows(sample: Sample, timestamp: string): string;
}

function deviceTable<Key extends string, Row extends Readonly<Record<Key, string | number | null>>>(
  file: string,
  columns: readonly Key[],
  select: (sample: Sample) => readonly Row[],
): DeviceTable {
  return {
    file,
    header: csvLine(['timestamp', ...columns]),
    rows(sample, timestamp) {
      let text = '';
      for (const row of select(sample)) {
        text += timestamp;
        for (const column of columns) text += `,${csvField(row[column])}`;
        text += '\n';
      }
      return text;
    },
  };
}

const names = <Name extends string>(metrics: readonly { readonly name: Name }[]): Name[] =>
  metrics.map((metric) => metric.name);

/** The per-device tables, in the order they are written. */
export const DEVICE_TABLES: readonly DeviceTable[] = [
  deviceTable('cpus.csv', ['cpu', ...names(CPU_METRICS)], (sample) => sample.cpus),
  deviceTable('disks.csv', ['device', ...names(DISK_METRICS)], (sample) => sample.disks),
  deviceTable('networks.csv', ['iface', ...names(NET_METRICS)], (sample) => sample.nets),
  deviceTable(
    'filesystems.csv',
    ['mount', 'fstype', 'source', ...names(FS_METRICS)],
    (sample) => sample.filesystems,
  ),
  deviceTable('temperatures.csv', ['sensor', ...names(TEMPERATURE_METRICS)], (sample) => sample.temperatures),
];

/** One row per sample: the host-level metrics, the seed's 19 columns first. */
export const HOST_CSV = { file: 'host.csv', header: csvLine(HOST_CSV_COLUMNS) } as const;

/** One row per container and sample: its id, its name, CONTAINER_METRICS (mem_limit_mb empty: no limit). */
export const CONTAINERS_CSV: DeviceTable = deviceTable(
  'containers.csv',
  ['container_id', 'container_name', ...names(CONTAINER_METRICS)],
  (sample) => sample.containers,
);

/** Container id to name, as `{ "<id>": "<name>" }`: the last name each container had in the capture. */
export const CONTAINER_NAMES_JSON = {
  file: 'container_names.json',
  content: (names: ReadonlyMap<string, string>): string =>
    `${JSON.stringify(Object.fromEntries(names), null, 2)}\n`,
} as const;
