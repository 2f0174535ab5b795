/**
 * The runs shaded on Compare's charts: for each compared item (a whole collector, one capture, one run), the
 * runs of its collector inside its window, on Compare's time axis (seconds from the item's start when aligned
 * at t = 0, unix seconds on the clock), in the item's colour. Pure.
 */

/** A run of a collector as the runs list gives it. */
export interface RunWindow {
  readonly key: string;
  readonly name: string;
  readonly kind: 'run' | 'loadtest';
  readonly start: string;
  readonly end: string;
}

/** A compared item: its collector's runs, its window (unix seconds), where its t = 0 is, its colour. */
export interface ComparedWindow {
  readonly runs: readonly RunWindow[];
  readonly from: number;
  readonly to: number;
  /** The unix second its t = 0 stands for; 0 on the clock. */
  readonly origin: number;
  readonly color: string;
  /** The run the item is, when it is one: not shaded over itself. */
  readonly runKey?: string | undefined;
}

export interface CompareRegion {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly kind: 'run' | 'loadtest';
  readonly color: string;
}

export function compareRegions(items: readonly ComparedWindow[]): CompareRegion[] {
  return items.flatMap((item) =>
    item.runs.flatMap((run) => {
      const from = Math.max(item.from, Date.parse(run.start) / 1000);
      const to = Math.min(item.to, Date.parse(run.end) / 1000);
      if (run.key === item.runKey || !(to > from)) return [];
      return [
        {
          from: from - item.origin,
          to: to - item.origin,
          label: run.kind === 'loadtest' ? `${run.name} (load test)` : run.name,
          kind: run.kind,
          color: item.color,
        },
      ];
    }),
  );
}
