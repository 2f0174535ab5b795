import { formatBytes, mean, percentileOfSorted, type Sample } from '@perfanalysis/shared';

interface Series {
  readonly label: string;
  readonly pick: (sample: Sample) => number | null;
  readonly format: (value: number) => string;
}

const percent = (v: number): string => `${v.toFixed(1)} %`;
const megabytes = (v: number): string => formatBytes(v * 1024 * 1024);
const perSecond = (v: number): string => `${formatBytes(v)}/s`;
const sum = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

const SERIES: readonly Series[] = [
  { label: 'CPU busy', pick: (s) => (s.cpu_idle === null ? null : 100 - s.cpu_idle), format: percent },
  { label: 'Memory used', pick: (s) => s.mem_used, format: megabytes },
  { label: 'Disk read+write', pick: (s) => sum(s.disk_read_bytes, s.disk_write_bytes), format: perSecond },
  { label: 'Network rx+tx', pick: (s) => sum(s.net_rx_bytes, s.net_tx_bytes), format: perSecond },
];

/** Keeps the four headline figures of every sample for the closing summary: average and p95 of each. */
export class Summary {
  readonly #values: number[][] = SERIES.map(() => []);
  #count = 0;

  add(sample: Sample): void {
    this.#count += 1;
    SERIES.forEach((series, i) => {
      const value = series.pick(sample);
      if (value !== null) this.#values[i]?.push(value);
    });
  }

  get count(): number {
    return this.#count;
  }

  /** A one-line view of a sample, for the live display. */
  static line(sample: Sample): string {
    return SERIES.map((series) => {
      const value = series.pick(sample);
      return `${series.label.split(' ')[0]} ${value === null ? '-' : series.format(value)}`;
    }).join('  ');
  }

  /** The closing table. */
  toString(): string {
    const rows = SERIES.map((series, i) => {
      const values = [...(this.#values[i] ?? [])].sort((a, b) => a - b);
      const cell = (v: number): string => (Number.isNaN(v) ? '-' : series.format(v));
      return [series.label, cell(mean(values)), cell(percentileOfSorted(values, 95))];
    });
    const table = [['', 'average', 'p95'], ...rows];
    const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => row[c]?.length ?? 0)));
    return table
      .map((row) =>
        row
          .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
          .join('  '),
      )
      .join('\n');
  }
}
