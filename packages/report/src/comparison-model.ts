import { type MergedRuns, mergeRuns } from '@perfanalysis/shared/merge-runs';
import { hostMetric } from '@perfanalysis/shared/metric-catalog';
import { colorAt } from '@perfanalysis/shared/palette';
import {
  type ComparedRow,
  compareTables,
  type Stat,
  type UtilisationRow,
} from '@perfanalysis/shared/utilisation-compare';
import type { ReportModel } from './model.js';
import { ReportError } from './report-error.js';
import { timeText } from './time-zone.js';

/** One run of a comparison: its own report (host, range, table, findings), and how the charts name it. */
export interface ComparedRun {
  readonly label: string;
  readonly color: string;
  readonly report: ReportModel;
}

export interface ComparisonOptions {
  /** `start`: every run from its own t = 0 (the default); `clock`: on the clock. */
  readonly align?: 'start' | 'clock' | undefined;
  /** The statistic the tables and "where they differ" compare (P95 by default, as the Compare page). */
  readonly stat?: Stat | undefined;
  /** The run the others are compared against (the first by default). */
  readonly baseline?: number | undefined;
  /** The time zone of its times (the first run's by default). */
  readonly timeZone?: string | undefined;
}

/** A comparison report: runs overlaid, their tables side by side, where they differ from the baseline. */
export interface ComparisonModel {
  readonly align: 'start' | 'clock';
  readonly stat: Stat;
  readonly baseline: number;
  readonly runs: readonly ComparedRun[];
  /** The runs' chart series on one axis: seconds from each run's start, or unix seconds on the clock. */
  readonly merged: MergedRuns;
  /** The utilisation tables side by side on `stat`, each cell with its change from the baseline. */
  readonly rows: readonly ComparedRow[];
  readonly generatedAt: Date;
  readonly timeZone: string;
}

/** A run's table as the Compare page has it: each row with its unit and description. */
export function tableRows(report: ReportModel): UtilisationRow[] {
  return report.table.rows.map((row) => {
    const { unit, description } = hostMetric(row.metric);
    return { ...row, unit, description };
  });
}

/** Names that tell runs apart: the host's, then its capture's file, site or start where hosts repeat. */
function labelsOf(reports: readonly ReportModel[]): string[] {
  const names = reports.map((r) => r.host.name);
  return reports.map((report) => {
    if (names.indexOf(report.host.name) === names.lastIndexOf(report.host.name)) return report.host.name;
    const detail =
      report.source !== 'database'
        ? report.source
        : (report.host.site ?? timeText(report.range.from, report.timeZone).slice(0, 16));
    return `${report.host.name} · ${detail}`;
  });
}

/**
 * Several runs' reports as one comparison, the Compare page's way: their chart series merged onto one axis
 * (mergeRuns, aligned at t = 0 or on the clock), their tables compared on one statistic against a baseline.
 */
export function comparisonOf(
  reports: readonly ReportModel[],
  options: ComparisonOptions = {},
): ComparisonModel {
  if (reports.length < 2) throw new ReportError('a comparison needs two runs or more');
  const align = options.align ?? 'start';
  const stat = options.stat ?? 'p95';
  const baseline = options.baseline ?? 0;
  if (!Number.isInteger(baseline) || baseline < 0 || baseline >= reports.length)
    throw new ReportError(`the baseline must be one of the runs, 1 to ${reports.length}`);
  const merged = mergeRuns(
    reports.map((r) => ({
      time: r.series.time,
      bucketSeconds: r.series.bucketSeconds,
      series: r.series.series,
      offset: align === 'start' ? (r.zeroAt ?? r.range.from).getTime() / 1000 : 0,
    })),
  );
  const labels = labelsOf(reports);
  return {
    align,
    stat,
    baseline,
    runs: reports.map((report, i) => ({ label: labels[i] as string, color: colorAt(i), report })),
    merged,
    rows: compareTables(reports.map(tableRows), stat, baseline),
    generatedAt: new Date(),
    timeZone: options.timeZone ?? (reports[0] as ReportModel).timeZone,
  };
}
