import { writeFile } from 'node:fs/promises';
import { HOST_METRICS, type Sample } from '@perfanalysis/shared';
import { variedSamples } from '@perfanalysis/storage/test-support/sample-fixture';

/**
 * A collection for report tests and the bench: varied host metrics every `stepMs`, with a busy stretch (CPU
 * idle 4 % in one sample of ten), memory nearly full in one of fifty and interface errors in one of a hundred,
 * so that findings have something to find (and nothing else: no steal, swap or drops, little I/O wait).
 */
export function reportSamples(count: number, start: number, stepMs: number, seed = 3): Sample[] {
  const next = variedSamples(seed);
  return Array.from({ length: count }, (_, i) => {
    const sample = next(start + i * stepMs);
    const used = i % 50 === 0 ? 15_565 : Math.round(6000 + 3000 * Math.sin(i / 700));
    return {
      ...sample,
      temperature: null,
      ...cpu(i % 10 === 0 ? 4 : 40 + 30 * Math.sin(i / 500)),
      mem_total: 16_384,
      mem_used: used,
      mem_available: 16_384 - used,
      mem_cached: 4000,
      mem_buffers: 300,
      swap_total: 2048,
      swap_used: 0,
      net_rx_errors: i % 100 === 0 ? 3 : 0,
      net_tx_errors: 0,
      net_rx_drops: 0,
      net_tx_drops: 0,
    };
  });
}

/** A CPU breakdown that adds up to 100 %: mostly user, some system, a little I/O wait, no steal or guests. */
function cpu(idle: number): Partial<Sample> {
  const busy = 100 - idle - 1.5;
  const user = Math.round(busy * 72) / 100;
  const system = Math.round((busy - user) * 100) / 100;
  const zero = { cpu_nice: 0, cpu_irq: 0, cpu_softirq: 0, cpu_steal: 0, cpu_guest: 0, cpu_guest_nice: 0 };
  return {
    ...zero,
    cpu_idle: Math.round(idle * 100) / 100,
    cpu_user: user,
    cpu_system: system,
    cpu_iowait: 1.5,
  };
}

/** Samples as host.csv text: the header, then a line per sample (ISO time, empty for a missing value). */
export function hostCsvOf(samples: readonly Sample[]): string {
  const header = ['timestamp', ...HOST_METRICS.map((m) => m.name)].join(',');
  const lines = samples.map((s) =>
    [new Date(s.timestamp).toISOString(), ...HOST_METRICS.map((m) => s[m.name] ?? '')].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

export async function writeHostCsv(file: string, samples: readonly Sample[]): Promise<void> {
  await writeFile(file, hostCsvOf(samples));
}
