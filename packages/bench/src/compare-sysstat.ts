import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processCapture } from '@perfanalysis/pcprocess';
import { withTempDir } from './cleanup.js';
import { startCpuLoad } from './load/cpu-load.js';
import { startDiskLoad } from './load/disk-load.js';
import { startNetLoad } from './load/net-load.js';
import { type Comparison, compareSeries } from './sysstat/comparison.js';
import { readPcprocessOutput } from './sysstat/pcprocess-output.js';
import { parseSadf } from './sysstat/sadf.js';
import { exportSar, onPath, SYSSTAT_MISSING } from './sysstat/sar.js';
import { devicesOf, type Series } from './sysstat/series.js';
import { recordSideBySide } from './sysstat/side-by-side.js';
import { formatFigure, layoutTable } from './table.js';

const INTERVALS = 30;
const CPU_KEYS = ['user', 'nice', 'system', 'iowait', 'irq', 'softirq', 'steal', 'idle'].map(
  (f) => `cpu.${f}`,
);
const TOTAL_KEYS = ['read_bytes', 'write_bytes', 'read_ops', 'write_ops'].map((f) => `total.disk_${f}`);
const DISK_FIELDS = ['read_bytes', 'write_bytes'];
const NET_FIELDS = ['rx_bytes', 'tx_bytes', 'rx_packets', 'tx_packets'];

/** The interface of the default route, from /proc/net/route; undefined without one. */
function mainInterface(): string | undefined {
  const routes = readFileSync('/proc/net/route', 'utf8').split('\n').slice(1);
  const fields = routes.map((line) => line.trim().split(/\s+/));
  return fields.find((route) => route[1] === '00000000' && route[7] === '00000000')?.[0];
}

/**
 * The metrics to compare: CPU, the disk totals, the disks both tools report, loopback and the main
 * interface. sar -b adds device-mapper and md devices into its totals, where pcc leaves them out (their I/O
 * is that of the disks under them), so the totals are compared only on a machine without such devices.
 */
function metricKeys(pcc: Series, sysstat: Series): string[] {
  const sarDisks = new Set(devicesOf(sysstat, 'disk'));
  const disks = devicesOf(pcc, 'disk').filter((disk) => sarDisks.has(disk));
  const stacked = devicesOf(pcc, 'disk').some((disk) => /^(dm-|md)\d+$/.test(disk));
  if (stacked)
    process.stdout.write('Disk totals not compared: sar -b counts dm-* and md* devices, pcc does not.\n');
  const nets = ['lo', mainInterface()].filter((iface) => iface !== undefined);
  return [
    ...CPU_KEYS,
    ...(stacked ? [] : TOTAL_KEYS),
    ...disks.flatMap((disk) => DISK_FIELDS.map((field) => `disk.${disk}.${field}`)),
    ...nets.flatMap((iface) => NET_FIELDS.map((field) => `net.${iface}.${field}`)),
  ];
}

function label(key: string): string {
  const [kind, device, field = ''] = key.split('.');
  if (kind === 'cpu') return `CPU ${device} %`;
  if (kind === 'total')
    return `all disks ${device?.replace('disk_', '').replace('_ops', ' IOPS').replace('_bytes', ' bytes/s')}`;
  return `${device} ${field.replace('_', ' ')}/s`;
}

function formatComparisons(comparisons: readonly Comparison[]): string {
  const unit = (c: Comparison): string => (c.unit === '%' ? 'pp' : '%');
  const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
  const cells = comparisons.map((c) => [
    label(c.key),
    formatFigure(c.pccMean),
    formatFigure(c.sysstatMean),
    c.difference === undefined ? '' : `${signed(c.difference)} ${unit(c)}`,
    `±${c.tolerance} ${unit(c)}`,
    c.worstInterval === undefined ? '' : `${c.worstInterval.toFixed(2)} ${unit(c)}`,
    c.verdict === 'ok' ? 'ok' : c.verdict === 'both ~0' ? '~0, skipped' : 'OUT',
  ]);
  return layoutTable(
    ['metric', 'pcc mean', 'sysstat mean', 'difference', 'tolerance', 'worst interval', 'ok'],
    cells,
  );
}

/**
 * `npm run compare:sysstat`: runs pcc and sar side by side for 30 one-second intervals under CPU, disk and
 * loopback network load, turns pcc's capture into CSV with pcprocess, and compares the means interval for
 * interval. Exits 1 when a metric is out of tolerance, 2 when sysstat is missing.
 */
async function main(): Promise<number> {
  const sar = onPath('sar');
  const sadf = onPath('sadf');
  if (sar === undefined || sadf === undefined) {
    process.stderr.write(`${SYSSTAT_MISSING}\n`);
    return 2;
  }
  const { pcc, sysstat } = await withTempDir('compare-sysstat', async (dir) => {
    process.stderr.write(`loading CPU, disk (${dir}) and loopback network; recording ${INTERVALS} s…\n`);
    const loads = [startCpuLoad(), await startNetLoad(), await startDiskLoad(dir)];
    let files: { capture: string; sarFile: string };
    try {
      files = await recordSideBySide({ dir, sar, intervals: INTERVALS });
    } finally {
      for (const load of loads) await load.stop();
    }
    const outdir = join(dir, 'pcprocess');
    await processCapture({ collection: files.capture, outdir });
    return { pcc: readPcprocessOutput(outdir), sysstat: parseSadf(exportSar(sadf, files.sarFile)) };
  });
  const comparisons = compareSeries(metricKeys(pcc, sysstat), pcc, sysstat);
  const intervals = Math.min(...comparisons.map((c) => c.intervals));
  process.stdout.write(
    `pcc vs sysstat (sar): means over ${intervals} common one-second intervals, under CPU, disk and loopback load\n\n`,
  );
  process.stdout.write(`${formatComparisons(comparisons)}\n\n`);
  const out = comparisons.filter((c) => c.verdict === 'out of tolerance');
  process.stdout.write(
    out.length === 0
      ? `All ${comparisons.length - comparisons.filter((c) => c.verdict === 'both ~0').length} compared metrics agree.\n`
      : `Out of tolerance (${out.length}): ${out.map((c) => label(c.key)).join(', ')}\n`,
  );
  return out.length === 0 ? 0 : 1;
}

process.exitCode = await main();
