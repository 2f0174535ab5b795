/**
 * Numbers as a performance engineer reads them: % for CPU, binary prefixes for bytes (memory arrives in MB,
 * that is MiB, as /proc/meminfo counts), SI prefixes for rates of events. Pure: no DOM, no Node.
 */

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
const SI = ['', 'k', 'M', 'G', 'T'] as const;

/** Three significant figures or so, without trailing noise: 0.123, 1.23, 12.3, 123, 1234. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 10 ** digits) return Math.round(value).toString();
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return Number(value.toFixed(Math.min(decimals, 6))).toString();
}

/** 1536 → "1.5 KiB"; with a suffix such as "/s" for throughput. */
export function formatBytes(bytes: number, suffix = ''): string {
  if (!Number.isFinite(bytes)) return '–';
  let value = Math.abs(bytes);
  let step = 0;
  while (value >= 1024 && step < BINARY.length - 1) {
    value /= 1024;
    step++;
  }
  return `${bytes < 0 ? '-' : ''}${formatNumber(value)} ${BINARY[step]}${suffix}`;
}

/** 12345 → "12.3k". */
export function formatSi(value: number): string {
  if (!Number.isFinite(value)) return '–';
  let scaled = Math.abs(value);
  let step = 0;
  while (scaled >= 1000 && step < SI.length - 1) {
    scaled /= 1000;
    step++;
  }
  return `${value < 0 ? '-' : ''}${formatNumber(scaled)}${SI[step]}`;
}

/** A clock frequency given in MHz: 800 → "800 MHz", 2400 → "2.4 GHz". */
function formatFrequency(mhz: number): string {
  return Math.abs(mhz) >= 1000 ? `${formatNumber(mhz / 1000)} GHz` : `${formatNumber(mhz)} MHz`;
}

/** A metric's value in its unit, as shown in legends and tables. Null or undefined is a dash. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (unit) {
    case '%':
      return `${formatNumber(value)} %`;
    case 'MB':
      return formatBytes(value * 1024 * 1024);
    case 'bytes/s':
      return formatBytes(value, '/s');
    case 'bytes':
      return formatBytes(value);
    case 'ops/s':
    case 'pkt/s':
    case '/s':
      return `${formatSi(value)} ${unit === '/s' ? '/s' : unit}`;
    case '°C':
      return `${formatNumber(value)} °C`;
    case 'ms':
      return `${formatNumber(value)} ms`;
    case 'work units':
      return formatSi(value);
    case 'MHz':
      return formatFrequency(value);
    default:
      return unit === '' ? formatSi(value) : `${formatSi(value)} ${unit}`;
  }
}

/** A shorter form for axis ticks: "50%", "1.5 GiB", "20 MiB/s", "3k". */
export function formatTick(value: number, unit: string): string {
  switch (unit) {
    case '%':
      return `${formatNumber(value)}%`;
    case '°C':
      return `${formatNumber(value)}°`;
    case 'MB':
    case 'bytes/s':
    case 'bytes':
      return formatValue(value, unit);
    case 'MHz':
      return formatFrequency(value);
    case 'ms':
      return `${formatNumber(value)} ms`;
    default:
      return formatSi(value);
  }
}

/** How many of `base` the largest of `values` holds as a whole power: the prefix step one axis keeps. */
function commonStep(values: readonly number[], base: number, steps: number): number {
  const top = Math.max(0, ...values.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
  let step = 0;
  while (top >= base ** (step + 1) && step < steps - 1) step++;
  return step;
}

/**
 * An axis' tick labels in one unit: the prefix the largest tick needs, kept for every tick ("0.5 GiB, 1 GiB,
 * 1.5 GiB", not "512 MiB, 1 GiB"; "500, 1k, 1.5k" as "0.5k, 1k, 1.5k"), so the axis reads as one scale.
 */
export function formatTicks(values: readonly number[], unit: string): string[] {
  const scaled = (base: number, steps: number, label: (step: number) => string, multiplier = 1) => {
    const step = commonStep(
      values.map((v) => v * multiplier),
      base,
      steps,
    );
    return values.map((v) =>
      v === 0 ? '0' : `${formatNumber((v * multiplier) / base ** step)}${label(step)}`,
    );
  };
  switch (unit) {
    case 'MB':
      return scaled(1024, BINARY.length, (step) => ` ${BINARY[step]}`, 1024 * 1024);
    case 'bytes':
      return scaled(1024, BINARY.length, (step) => ` ${BINARY[step]}`);
    case 'bytes/s':
      return scaled(1024, BINARY.length, (step) => ` ${BINARY[step]}/s`);
    case 'MHz':
      return values.some((v) => Math.abs(v) >= 1000)
        ? values.map((v) => (v === 0 ? '0' : `${formatNumber(v / 1000)} GHz`))
        : values.map((v) => (v === 0 ? '0' : `${formatNumber(v)} MHz`));
    case '%':
    case '°C':
    case 'ms':
      return values.map((v) => formatTick(v, unit));
    default:
      return scaled(1000, SI.length, (step) => SI[step] ?? '');
  }
}

/**
 * Tick increments for an axis in this unit: powers of two times 1, 2, 5 for byte units (so a MiB axis reads
 * 256 MiB, 512 MiB, 1 GiB), the decimal 1-2-5 series otherwise.
 */
export function tickIncrements(unit: string): number[] {
  const out: number[] = [];
  if (unit === 'MB' || unit === 'bytes/s' || unit === 'bytes') {
    const base = unit === 'MB' ? 1 / (1024 * 1024) : 1;
    for (let exp = 0; exp <= 60; exp++) out.push(2 ** exp * base);
    if (unit === 'MB') return out.filter((v) => v >= 1 / 64);
    return out;
  }
  for (let exp = -3; exp <= 15; exp++) {
    for (const m of [1, 2, 2.5, 5]) out.push(m * 10 ** exp);
  }
  return out;
}

/** The change from `base` to `value` in percent of `base`; undefined when either is missing or base is 0. */
export function relativeChange(
  base: number | null | undefined,
  value: number | null | undefined,
): number | undefined {
  if (base === null || base === undefined || value === null || value === undefined) return undefined;
  if (base === 0) return value === 0 ? 0 : undefined;
  return ((value - base) / Math.abs(base)) * 100;
}

/**
 * The label of one tick of an axis that runs from 0 to `top`, in the unit formatTicks keeps for the whole axis:
 * for charting libraries that ask for one tick's label at a time (the reports' ECharts).
 */
export function axisTickLabel(value: number, top: number, unit: string): string {
  return formatTicks([value, top], unit)[0] ?? '';
}
