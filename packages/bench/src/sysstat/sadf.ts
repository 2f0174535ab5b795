import { addPoint, type Series } from './series.js';

const KIB = 1024;
const SECTOR = 512;

/** The `-u ALL` columns compared, and the key each goes to. */
const CPU_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['%usr', 'cpu.user'],
  ['%nice', 'cpu.nice'],
  ['%sys', 'cpu.system'],
  ['%iowait', 'cpu.iowait'],
  ['%steal', 'cpu.steal'],
  ['%irq', 'cpu.irq'],
  ['%soft', 'cpu.softirq'],
  ['%idle', 'cpu.idle'],
];

/** The `-b`, `-d` and `-n DEV` columns compared: key, column, factor to bytes or counts per second. */
const TOTAL_COLUMNS: ReadonlyArray<readonly [string, string, number]> = [
  ['disk_read_bytes', 'bread/s', SECTOR],
  ['disk_write_bytes', 'bwrtn/s', SECTOR],
  ['disk_read_ops', 'rtps', 1],
  ['disk_write_ops', 'wtps', 1],
];
/** sar -d's tps counts discards too, which pcc does not report; reads and writes are compared in -b's totals. */
const DISK_COLUMNS: ReadonlyArray<readonly [string, string, number]> = [
  ['read_bytes', 'rkB/s', KIB],
  ['write_bytes', 'wkB/s', KIB],
];
const NET_COLUMNS: ReadonlyArray<readonly [string, string, number]> = [
  ['rx_bytes', 'rxkB/s', KIB],
  ['tx_bytes', 'txkB/s', KIB],
  ['rx_packets', 'rxpck/s', 1],
  ['tx_packets', 'txpck/s', 1],
];

/**
 * Parses `sadf -d -U -- -u ALL -b -d -p -n DEV` output: one block per activity, each a `# hostname;interval;
 * timestamp;…` header line then `;`-separated records whose timestamp is the end of the interval, unix
 * seconds. Keys are those of pcc's side: `cpu.user`, `total.disk_read_ops`, `disk.vda.read_bytes`,
 * `net.lo.rx_packets`…; values are % or per second, bytes where sar counts kB (KiB) or 512-byte blocks.
 * @throws Error when a record does not fit its header.
 */
export function parseSadf(text: string): Series {
  const series: Series = new Map();
  let columns: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      columns = line.slice(2).split(';');
      continue;
    }
    if (line.trim() === '') continue;
    const fields = line.split(';');
    if (fields.length !== columns.length) throw new Error(`sadf: record does not fit its header: ${line}`);
    const field = (name: string): string => fields[columns.indexOf(name)] ?? '';
    const number = (name: string): number => {
      const value = Number(field(name));
      if (!Number.isFinite(value)) throw new Error(`sadf: ${name} is not a number in ${line}`);
      return value;
    };
    const second = number('timestamp');
    if (columns.includes('CPU')) {
      if (field('CPU') !== '-1') continue;
      for (const [column, key] of CPU_COLUMNS) addPoint(series, key, second, number(column));
    } else if (columns.includes('rtps')) {
      for (const [key, column, factor] of TOTAL_COLUMNS)
        addPoint(series, `total.${key}`, second, number(column) * factor);
    } else if (columns.includes('DEV')) {
      for (const [suffix, column, factor] of DISK_COLUMNS) {
        addPoint(series, `disk.${field('DEV')}.${suffix}`, second, number(column) * factor);
      }
    } else if (columns.includes('IFACE')) {
      for (const [suffix, column, factor] of NET_COLUMNS) {
        addPoint(series, `net.${field('IFACE')}.${suffix}`, second, number(column) * factor);
      }
    }
  }
  return series;
}
