import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { HOST_CSV_COLUMNS, HOST_METRICS } from '@perfanalysis/shared';
import { loadAt } from './load-capture.js';

/**
 * Writes a host.csv of `count` samples, one a second from `start`, shaped like a long soak test: the load
 * cycles through the day with bursts, memory creeps, disk and network follow the load. Fast: a million
 * rows take a few seconds.
 */
export async function writeHostCsv(path: string, count: number, start = Date.UTC(2026, 0, 1)): Promise<void> {
  const out = createWriteStream(path);
  const names: string[] = HOST_METRICS.map((c) => c.name);
  const index = new Map(names.map((name, i) => [name, i]));
  const values = new Array<number>(names.length).fill(0);
  const set = (name: string, value: number) => {
    const i = index.get(name);
    if (i !== undefined) values[i] = Math.round(value * 100) / 100;
  };
  let text = `${HOST_CSV_COLUMNS.join(',')}\n`;
  const day = 86_400;
  for (let t = 0; t < count; t++) {
    const daily = 0.5 - 0.45 * Math.cos((2 * Math.PI * (t % day)) / day);
    const burst = loadAt(t % 3600, 3600) * (t % 7200 < 3600 ? 1 : 0.3);
    const load = Math.min(1, 0.15 + 0.55 * daily + 0.3 * burst);
    const busy = 4 + 85 * load;
    set('cpu_user', busy * 0.68);
    set('cpu_system', busy * 0.22);
    set('cpu_iowait', 2 * load);
    set('cpu_steal', 0.5 * load);
    set('cpu_softirq', busy * 0.05);
    set('cpu_irq', busy * 0.02);
    set('cpu_nice', 0.2);
    set('cpu_idle', Math.max(0, 100 - busy - 2 * load - 0.5 * load - 0.2));
    set('mem_total', 32_768);
    set('mem_used', 9000 + 14_000 * load + (t % 86_400) / 40);
    set('mem_available', 32_768 - (9000 + 14_000 * load));
    set('mem_buffers', 420);
    set('mem_cached', 8000 + 3000 * daily);
    set('mem_free', 2000 + 3000 * (1 - load));
    set('disk_read_bytes', 40e6 * load);
    set('disk_write_bytes', 120e6 * load + 1e5);
    set('disk_read_ops', 300 * load);
    set('disk_write_ops', 900 * load + 3);
    set('disk_util', Math.min(100, 95 * load));
    set('net_rx_bytes', 80e6 * load + 2e4);
    set('net_tx_bytes', 30e6 * load + 1e4);
    set('net_rx_packets', 60_000 * load + 20);
    set('net_tx_packets', 35_000 * load + 15);
    set('load_1m', 16 * load);
    set('load_5m', 15 * load);
    set('load_15m', 14 * load);
    set('ctx_switches', 20_000 + 200_000 * load);
    set('interrupts', 10_000 + 90_000 * load);
    set('procs_running', 1 + Math.round(14 * load));
    set('swap_total', 4096);
    set('swap_used', 128);
    set('temperature', 40 + 35 * load);
    text += `${new Date(start + t * 1000).toISOString()},${values.join(',')}\n`;
    if (text.length > 1 << 20) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(text);
  await once(out, 'finish');
}
