import type { HostMetricName } from '@perfanalysis/shared';
import type { MetricSeries, ThresholdShare, UtilisationTable } from '@perfanalysis/storage';

/** Who was measured: what the collector or the capture file says about the machine (null where unknown). */
export interface ReportHost {
  readonly name: string;
  readonly site: string | null;
  readonly os: string | null;
  readonly kernel: string | null;
  readonly cpuModel: string | null;
  readonly cpuCount: number | null;
  readonly memoryMb: number | null;
}

/** Something worth a reader's attention, with the figure that triggered it. */
export interface Finding {
  readonly id: string;
  /** "CPU busy above 90 % for 12 % of the run". */
  readonly text: string;
  /** "432 of 3,600 samples; highest 99.8 %". */
  readonly figure: string;
  readonly share: ThresholdShare;
}

/**
 * One report, whatever it is rendered as: the sections every format shows. Statistics (table, findings) come
 * from every sample of the range; only `series` is downsampled (mean, min and max per bucket, null gaps).
 */
export interface ReportModel {
  readonly host: ReportHost;
  /** Where the data came from: "database" or the file's name. */
  readonly source: string;
  readonly range: {
    readonly from: Date;
    readonly to: Date;
    /**
     * Seconds between samples: the dashboard's rule from the database (storage's samplingInterval), the median
     * spacing of a file's rows; a gap raises neither.
     */
    readonly intervalSeconds: number;
  };
  /**
   * A run's t = 0 when its report covers a window of it (the Compare page zoomed in): a comparison aligned at
   * the runs' starts counts its times from here rather than from the window's start. Its range's start if absent.
   */
  readonly zeroAt?: Date | undefined;
  /** The charts' metrics in buckets (unix seconds of their starts), as the dashboard's series answer. */
  readonly series: {
    readonly bucketSeconds: number;
    readonly time: readonly number[];
    readonly series: Partial<Record<HostMetricName, MetricSeries>>;
  };
  readonly table: UtilisationTable;
  readonly findings: readonly Finding[];
  readonly generatedAt: Date;
  /** The IANA time zone its times are shown in (the machine's unless told: --tz, the portal's viewer). */
  readonly timeZone: string;
}
