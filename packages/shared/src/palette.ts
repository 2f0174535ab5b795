/** Colours: one categorical palette that reads on white, and fixed colours for the CPU breakdown. */
export const PALETTE = [
  '#2f6fdf',
  '#e8743b',
  '#19a979',
  '#945ecf',
  '#d6455d',
  '#13a4b4',
  '#b8860b',
  '#6c8893',
  '#525df4',
  '#bf399e',
  '#5a9b2e',
  '#c35c00',
] as const;

export function colorAt(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#2f6fdf';
}

export const CPU_COLORS: Readonly<Record<string, string>> = {
  cpu_user: '#2f6fdf',
  cpu_nice: '#7aa6f0',
  cpu_system: '#d6455d',
  cpu_irq: '#e8743b',
  cpu_softirq: '#f2b134',
  cpu_iowait: '#945ecf',
  cpu_steal: '#6c3b1c',
  cpu_guest: '#19a979',
  cpu_guest_nice: '#7fd1b2',
};
