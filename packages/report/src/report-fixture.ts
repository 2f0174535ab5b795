import { writeFile } from 'node:fs/promises';
import { HOST_METRICS, type Sample } from '@perfanalysis/shared';
import { variedSamples } from '@perfanalysis/storage/sample-fixture';

/**
 * A collection for report tests and the bench: varied host metrics every `stepMs`, with a busy stretch (CPU
 * idle 4 % in one sample of ten), memory nearly full in one of fifty and interface errors in one of a hundred,
 * so that findings have something to find (and nothing else: no steal, swap or drops, little I/O wait).
 */
export function reportSamples(count: number, start: number, stepMs: number, seed = 3): Sample[] {
  const next = variedSamples(seed);
  return Array.from({ length: count }, (_, i) => {
    const sample = next(start + i * stepMs);
    const total = sample.mem_total ?? 16_384;
    return {
      ...sample,
      temperature: null,
      cpu_idle: i % 10 === 0 ? 4 : 60,
      ...(i % 50 === 0 ? { mem_available: Math.round(total * 0.05) } : {}),
      cpu_steal: 0,
      cpu_iowait: 1.5,
      swap_used: 0,
      net_rx_errors: i % 100 === 0 ? 3 : 0,
      net_tx_errors: 0,
      net_rx_drops: 0,
      net_tx_drops: 0,
    };
  });
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
