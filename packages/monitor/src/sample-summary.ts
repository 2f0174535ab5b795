import type { RingSample } from './ring-schema.js';
import type { RingTableState } from './ring-table.js';

/** Where the human-readable methods write: process.stdout, a file stream, or a test's collector. */
export interface TextSink {
  write(text: string): unknown;
}

const time = (seconds: number | null): string =>
  seconds === null ? '-' : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
const fixed = (value: number | null, digits = 1): string => (value === null ? '-' : value.toFixed(digits));

/** Rows as aligned columns, numbers to the right. */
function columns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** One line per sample: when, whose, CPU, load, memory, disk, network and temperature. */
export function formatSampleSummary(samples: readonly RingSample[]): string {
  if (samples.length === 0) return 'No samples.\n';
  const header = [
    'time (UTC)',
    'node',
    'container',
    'cpu %',
    'load 1m',
    'mem MB',
    'disk r/w MB/s',
    'net rx/tx MB/s',
    'temp °C',
  ];
  const rows = samples.map((s) => [
    time(s.sample_time),
    `${s.node_name}${s.master_flag ? ' *' : ''}`,
    s.node_flag ? '-' : (s.container_name ?? '?'),
    fixed(s.cpu_total_pct),
    fixed(s.load_1m, 2),
    // Available memory for a node, resident memory for a container, as the seed's overview query shows.
    fixed(s.node_flag ? s.mem_available_mb : s.c_rss_mb, 0),
    `${fixed(s.disk_read_mb_s, 2)}/${fixed(s.disk_write_mb_s, 2)}`,
    `${fixed(s.net_rx_mb_s, 2)}/${fixed(s.net_tx_mb_s, 2)}`,
    fixed(s.temperature_c),
  ]);
  const nodes = new Set(samples.map((s) => s.node_name)).size;
  const containers = new Set(
    samples.filter((s) => !s.node_flag).map((s) => `${s.node_name}/${s.container_name}`),
  ).size;
  return (
    `${columns(header, rows)}\n` +
    `${samples.length} sample${samples.length === 1 ? '' : 's'} from ${nodes} node${nodes === 1 ? '' : 's'}` +
    ` and ${containers} container${containers === 1 ? '' : 's'} (* = master; mem: available for a node, RSS for a container)\n`
  );
}

/** The ring's capacity, fill, next slot, time span and samples per node and container. */
export function formatTableState(state: RingTableState): string {
  const lines = [
    `Ring table ${state.table}`,
    `  capacity     ${state.capacity} slots`,
    `  used         ${state.used} (${state.empty} empty${state.rows === state.capacity ? '' : `, ${state.rows} rows: expected ${state.capacity}`})`,
    `  next slot    ${state.nextSlot} (${state.used < state.capacity ? 'empty' : 'overwrites the oldest sample'}; ${state.nextSeq} written since created or resized)`,
    `  oldest       ${time(state.oldest)}`,
    `  newest       ${time(state.newest)}`,
  ];
  if (state.targets.length > 0) {
    lines.push(
      '',
      columns(
        ['node', 'container', 'kind', 'samples', 'newest (UTC)'],
        state.targets.map((t) => [
          t.node_name,
          t.container_name ?? '-',
          t.node_flag ? 'node' : 'container',
          String(t.samples),
          time(t.newest),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One sample on one line, for a running monitor's output. */
export function formatSampleLine(s: RingSample): string {
  const who = s.node_flag ? `node ${s.node_name}` : `container ${s.container_name ?? '?'} on ${s.node_name}`;
  const memory = s.node_flag
    ? `mem avail ${fixed(s.mem_available_mb, 0)} MB`
    : `rss ${fixed(s.c_rss_mb, 0)} MB`;
  const parts = [
    time(s.sample_time),
    who,
    `cpu ${fixed(s.cpu_total_pct)}%`,
    ...(s.node_flag ? [`load ${fixed(s.load_1m, 2)}`] : []),
    memory,
    `disk r/w ${fixed(s.disk_read_mb_s, 2)}/${fixed(s.disk_write_mb_s, 2)} MB/s`,
    `net rx/tx ${fixed(s.net_rx_mb_s, 2)}/${fixed(s.net_tx_mb_s, 2)} MB/s`,
    ...(s.temperature_c === null ? [] : [`${fixed(s.temperature_c)} °C`]),
    `slot ${s.slot}`,
  ];
  return parts.join('  ');
}
