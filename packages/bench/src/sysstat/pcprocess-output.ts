import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPoint, type Series } from './series.js';

/** host.csv columns compared, and their keys (those of the sysstat side). */
const CPU_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['cpu_user', 'cpu.user'],
  ['cpu_nice', 'cpu.nice'],
  ['cpu_system', 'cpu.system'],
  ['cpu_iowait', 'cpu.iowait'],
  ['cpu_steal', 'cpu.steal'],
  ['cpu_irq', 'cpu.irq'],
  ['cpu_softirq', 'cpu.softirq'],
  ['cpu_idle', 'cpu.idle'],
];
const TOTAL_COLUMNS = ['disk_read_bytes', 'disk_write_bytes', 'disk_read_ops', 'disk_write_ops'];
const NET_COLUMNS = ['rx_bytes', 'tx_bytes', 'rx_packets', 'tx_packets'];

/**
 * The rows of a CSV file that pcprocess wrote, as column → text. These files hold numbers, ISO timestamps
 * and device names, never a quoted field; one that does is refused rather than misread.
 */
export function parseCsv(text: string): Record<string, string>[] {
  if (text.includes('"')) throw new Error('quoted CSV fields are not expected here');
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  const columns = header?.split(',') ?? [];
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, values[i] ?? '']));
  });
}

function rows(outdir: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(outdir, file), 'utf8'));
}

/** A row's interval end in unix seconds: pcc stamps snapshots with their whole-second tick. */
function second(row: Record<string, string>): number {
  return Math.round(Date.parse(row.timestamp ?? '') / 1000);
}

function value(row: Record<string, string>, column: string): number {
  const text = row[column] ?? '';
  const number = Number(text);
  if (text === '' || !Number.isFinite(number)) throw new Error(`pcprocess output: ${column} is "${text}"`);
  return number;
}

/**
 * pcprocess's host.csv, disks.csv and networks.csv as series keyed like the sysstat side: `cpu.user`,
 * `total.disk_read_ops`, `disk.vda.read_bytes`, `net.lo.rx_packets`…
 */
export function readPcprocessOutput(outdir: string): Series {
  const series: Series = new Map();
  for (const row of rows(outdir, 'host.csv')) {
    for (const [column, key] of CPU_COLUMNS) addPoint(series, key, second(row), value(row, column));
    for (const column of TOTAL_COLUMNS) addPoint(series, `total.${column}`, second(row), value(row, column));
  }
  for (const row of rows(outdir, 'disks.csv')) {
    const disk = `disk.${row.device}`;
    addPoint(series, `${disk}.read_bytes`, second(row), value(row, 'read_bytes'));
    addPoint(series, `${disk}.write_bytes`, second(row), value(row, 'write_bytes'));
  }
  for (const row of rows(outdir, 'networks.csv')) {
    for (const column of NET_COLUMNS) {
      addPoint(series, `net.${row.iface}.${column}`, second(row), value(row, column));
    }
  }
  return series;
}
