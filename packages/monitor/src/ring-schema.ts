import { InvalidNameError, type QuotedName, quoteIdent } from '@perfanalysis/storage';

/**
 * The Complete Performance Monitor's ring table, exactly as its seed defines it: the same columns, types,
 * defaults and indexes, so that the seed's example queries run unchanged. Only the table name varies.
 */
export const DEFAULT_RING_TABLE = 'monitor_samples_ring';
export const DEFAULT_CAPACITY = 10_000;
/** The slot column is an INTEGER. */
export const MAX_CAPACITY = 2_147_483_647;

/**
 * Beside the ring tables, one row per ring: its capacity and the sequence number of its next sample. Writers
 * lock that row for the length of one write, which is what makes the slot allocation safe (ring-table.ts).
 */
export const RING_STATE_TABLE = 'monitor_ring_state';

/** The metric columns: a number, or NULL where the machine (or container) does not provide it. */
export const METRIC_COLUMNS = [
  ['cpu_user_pct', 'REAL'],
  ['cpu_nice_pct', 'REAL'],
  ['cpu_system_pct', 'REAL'],
  ['cpu_idle_pct', 'REAL'],
  ['cpu_iowait_pct', 'REAL'],
  ['cpu_irq_pct', 'REAL'],
  ['cpu_softirq_pct', 'REAL'],
  ['cpu_steal_pct', 'REAL'],
  ['cpu_guest_pct', 'REAL'],
  ['cpu_guest_nice_pct', 'REAL'],
  ['cpu_total_pct', 'REAL'],
  ['load_1m', 'REAL'],
  ['load_5m', 'REAL'],
  ['load_15m', 'REAL'],
  ['ctx_switches_s', 'REAL'],
  ['interrupts_s', 'REAL'],
  ['procs_running', 'INTEGER'],
  ['procs_blocked', 'INTEGER'],
  ['mem_total_mb', 'INTEGER'],
  ['mem_free_mb', 'INTEGER'],
  ['mem_available_mb', 'INTEGER'],
  ['mem_buffers_mb', 'INTEGER'],
  ['mem_cached_mb', 'INTEGER'],
  ['swap_total_mb', 'INTEGER'],
  ['swap_free_mb', 'INTEGER'],
  ['swap_used_mb', 'INTEGER'],
  ['c_rss_mb', 'INTEGER'],
  ['c_vsz_mb', 'INTEGER'],
  ['c_shared_mb', 'INTEGER'],
  ['disk_read_mb_s', 'REAL'],
  ['disk_write_mb_s', 'REAL'],
  ['disk_read_iops', 'REAL'],
  ['disk_write_iops', 'REAL'],
  ['disk_util_pct', 'REAL'],
  ['net_rx_mb_s', 'REAL'],
  ['net_tx_mb_s', 'REAL'],
  ['net_rx_pkts_s', 'REAL'],
  ['net_tx_pkts_s', 'REAL'],
  ['net_rx_errs_s', 'REAL'],
  ['net_tx_errs_s', 'REAL'],
  ['net_rx_drops_s', 'REAL'],
  ['net_tx_drops_s', 'REAL'],
  ['temperature_c', 'REAL'],
] as const;

export type MetricColumn = (typeof METRIC_COLUMNS)[number][0];
export type RingMetrics = { [K in MetricColumn]: number | null };

export const METRIC_COLUMN_NAMES: readonly MetricColumn[] = METRIC_COLUMNS.map(([name]) => name);
export const INTEGER_METRICS: ReadonlySet<string> = new Set(
  METRIC_COLUMNS.filter(([, type]) => type === 'INTEGER').map(([name]) => name),
);

/** What a monitor writes: one sample of a node or a container. */
export type RingSampleInput = RingMetrics & {
  /** UTC unix seconds. */
  readonly sample_time: number;
  readonly master_flag: boolean;
  /** true: the node itself; false: one of its containers. */
  readonly node_flag: boolean;
  readonly node_name: string;
  readonly container_name: string | null;
  readonly source: string;
  readonly interval_seconds: number | null;
};

/** One row of the ring, as read back. An empty slot has a null sample_time. */
export type RingSample = Omit<RingSampleInput, 'sample_time'> & {
  readonly id: number;
  readonly slot: number;
  readonly sample_time: number | null;
};

/** The identity and metadata columns a writer sets, in the table's order, before the metrics. */
export const IDENTITY_COLUMNS = [
  'sample_time',
  'master_flag',
  'node_flag',
  'node_name',
  'container_name',
] as const;
export const META_COLUMNS = ['source', 'interval_seconds'] as const;
/** Every column a write sets besides id and slot, in the table's order. */
export const WRITTEN_COLUMNS: readonly string[] = [
  ...IDENTITY_COLUMNS,
  ...METRIC_COLUMN_NAMES,
  ...META_COLUMNS,
];
/** Their SQL types, for the casts of parameters that have no column to take a type from. */
export const WRITTEN_COLUMN_TYPES: readonly string[] = [
  'BIGINT',
  'BOOLEAN',
  'BOOLEAN',
  'TEXT',
  'TEXT',
  ...METRIC_COLUMNS.map(([, type]) => type),
  'TEXT',
  'INTEGER',
];

const INDEX_SUFFIXES = ['_composite_idx', '_time_slot_idx', '_master_nodes_idx', '_containers_idx'] as const;

/** A ring table's name and the names derived from it, validated and quoted. */
export interface RingNames {
  readonly name: string;
  readonly table: QuotedName;
  readonly state: QuotedName;
  readonly compositeIdx: QuotedName;
  readonly timeSlotIdx: QuotedName;
  readonly masterNodesIdx: QuotedName;
  readonly containersIdx: QuotedName;
}

/**
 * Validates a ring table's name: any name PostgreSQL keeps whole, as long as its index names
 * (`<name>_master_nodes_idx`, the longest) do too, and not the state table's. Throws InvalidNameError.
 */
export function ringNames(name: string): RingNames {
  if (name === RING_STATE_TABLE)
    throw new InvalidNameError(`"${RING_STATE_TABLE}" is reserved for ring state`);
  try {
    const [compositeIdx, timeSlotIdx, masterNodesIdx, containersIdx] = INDEX_SUFFIXES.map((suffix) =>
      quoteIdent(`${name}${suffix}`),
    ) as [QuotedName, QuotedName, QuotedName, QuotedName];
    return {
      name,
      table: quoteIdent(name),
      state: quoteIdent(RING_STATE_TABLE),
      compositeIdx,
      timeSlotIdx,
      masterNodesIdx,
      containersIdx,
    };
  } catch (error) {
    throw new InvalidNameError(
      `invalid ring table name ${JSON.stringify(name)}: ${(error as Error).message} ` +
        `(a table name may have at most ${63 - '_master_nodes_idx'.length} bytes, so that its index names fit)`,
    );
  }
}

/** The seed's CREATE TABLE, for one table name. */
export function ringTableDdl(names: RingNames): string {
  const metrics = METRIC_COLUMNS.map(([name, type]) => `  ${name} ${type},`).join('\n');
  return `CREATE TABLE IF NOT EXISTS ${names.table} (
  id BIGSERIAL PRIMARY KEY,
  slot INTEGER UNIQUE NOT NULL,
  sample_time BIGINT,
  master_flag BOOLEAN NOT NULL DEFAULT FALSE,
  node_flag BOOLEAN NOT NULL,
  node_name TEXT NOT NULL,
  container_name TEXT,
${metrics}
  source TEXT NOT NULL DEFAULT 'psutil',
  interval_seconds INTEGER
);
CREATE INDEX IF NOT EXISTS ${names.compositeIdx}
  ON ${names.table} (master_flag, node_flag, node_name, container_name, sample_time DESC);
CREATE INDEX IF NOT EXISTS ${names.timeSlotIdx}
  ON ${names.table} (sample_time NULLS FIRST, slot ASC);
CREATE INDEX IF NOT EXISTS ${names.masterNodesIdx}
  ON ${names.table} (sample_time DESC)
  WHERE master_flag = TRUE AND node_flag = TRUE;
CREATE INDEX IF NOT EXISTS ${names.containersIdx}
  ON ${names.table} (node_name, container_name, sample_time DESC)
  WHERE node_flag = FALSE;`;
}

export function ringStateDdl(names: RingNames): string {
  return `CREATE TABLE IF NOT EXISTS ${names.state} (
  table_name TEXT PRIMARY KEY,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  next_seq BIGINT NOT NULL DEFAULT 0 CHECK (next_seq >= 0)
);`;
}

export function validCapacity(capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
    throw new RangeError(`capacity must be an integer from 1 to ${MAX_CAPACITY}, not ${capacity}`);
  }
  return capacity;
}
