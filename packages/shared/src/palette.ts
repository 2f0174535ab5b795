/**
 * Colours: one categorical palette for light cards and its counterpart for dark ones, the same hues, each
 * colour at least 4.5:1 against the card it is drawn on (the web app's --surface: #ffffff light, #1a2029
 * dark); and fixed colours for the CPU breakdown.
 */
export const PALETTE = [
  '#2f6fdf',
  '#c55017',
  '#148560',
  '#915ace',
  '#d43b54',
  '#0f808d',
  '#966d09',
  '#607983',
  '#525df4',
  '#bf399e',
  '#4b8126',
  '#bb5800',
] as const;

/** PALETTE's colours as drawn on a dark card, in the same order. */
export const PALETTE_DARK = [
  '#5287e4',
  '#e8743b',
  '#19a979',
  '#a274d5',
  '#dc6075',
  '#13a4b4',
  '#b8860b',
  '#728d97',
  '#747cf6',
  '#cf5eb3',
  '#5a9b2e',
  '#da6700',
] as const;

export function colorAt(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#2f6fdf';
}

/** The dark card's counterpart of a palette colour; any other colour as it is. */
export function onDark(color: string): string {
  const index = (PALETTE as readonly string[]).indexOf(color);
  return index === -1 ? color : (PALETTE_DARK[index] ?? color);
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
