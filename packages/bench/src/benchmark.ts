/** What a figure is held to: an upper or lower bound on the value itself or on its ratio to the baseline. */
export interface Target {
  readonly of: 'value' | 'ratio';
  readonly op: '<' | '≤' | '≥';
  readonly limit: number;
}

/**
 * One line of the report. `value` is a string when the figure could not be measured (a missing tool, an
 * error): the string says why. `ratio` is value ÷ baseline, both measured in the same run; the name says
 * what the baseline is.
 */
export interface Row {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly target?: Target;
  /** Whether the target is met; absent when there is no target or no figure. */
  readonly ok?: boolean;
}

export interface BenchOptions {
  /** Shorter windows and fewer iterations, for development. */
  readonly quick: boolean;
}

/** A benchmark: a name for the report, and a run that returns its rows. */
export interface Benchmark {
  readonly name: string;
  run(options: BenchOptions): Promise<Row[]>;
}

/** A row with its ratio and verdict filled in from the value, the baseline and the target. */
export function row(fields: Omit<Row, 'ratio' | 'ok'>): Row {
  const { value, baseline, target } = fields;
  const ratio =
    typeof value === 'number' && baseline !== undefined && baseline > 0 ? value / baseline : undefined;
  const checked = target?.of === 'ratio' ? ratio : typeof value === 'number' ? value : undefined;
  return {
    ...fields,
    ...(ratio === undefined ? {} : { ratio }),
    ...(target === undefined || checked === undefined ? {} : { ok: meets(checked, target) }),
  };
}

function meets(figure: number, target: Target): boolean {
  switch (target.op) {
    case '<':
      return figure < target.limit;
    case '≤':
      return figure <= target.limit;
    case '≥':
      return figure >= target.limit;
  }
}
