/** Which devices are reported, and which count towards the host totals. Patterns match the kernel's names. */
export interface DeviceFilters {
  /** Block devices not reported at all: RAM disks, loop devices, floppies and partitions. */
  readonly diskExclude: RegExp;
  /** Block devices reported but kept out of the totals, which would count their I/O twice. */
  readonly diskTotalsExclude: RegExp;
  /** Network interfaces kept out of the totals. */
  readonly netTotalsExclude: RegExp;
}

export const DEFAULT_DEVICE_FILTERS: DeviceFilters = Object.freeze({
  diskExclude: /^(z?ram|loop|fd|(h|s|v|xv)d[a-z]+|nvme\d+n\d+p|mmcblk\d+p)\d+$/,
  diskTotalsExclude: /^(dm-|md)\d+$/,
  netTotalsExclude: /^lo$/,
});

/** Builds filters from user-given patterns (regular expressions as text), keeping the defaults for the rest. */
export function deviceFilters(patterns: {
  diskExclude?: string | undefined;
  diskTotalsExclude?: string | undefined;
  netTotalsExclude?: string | undefined;
}): DeviceFilters {
  const compile = (source: string | undefined, fallback: RegExp, name: string): RegExp => {
    if (source === undefined) return fallback;
    try {
      return new RegExp(source);
    } catch (error) {
      throw new Error(`${name}: not a valid regular expression: ${(error as Error).message}`);
    }
  };
  const d = DEFAULT_DEVICE_FILTERS;
  return Object.freeze({
    diskExclude: compile(patterns.diskExclude, d.diskExclude, 'disk exclude pattern'),
    diskTotalsExclude: compile(
      patterns.diskTotalsExclude,
      d.diskTotalsExclude,
      'disk totals exclude pattern',
    ),
    netTotalsExclude: compile(
      patterns.netTotalsExclude,
      d.netTotalsExclude,
      'network totals exclude pattern',
    ),
  });
}
