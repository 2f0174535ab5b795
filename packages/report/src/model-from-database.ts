import {
  type Collector,
  hostSeries,
  type RangeSpec,
  resolveRange,
  samplingInterval,
  type TenantHandle,
  thresholdShares,
  type Upload,
  utilisationTable,
} from '@perfanalysis/storage';
import { findingsOf, THRESHOLDS } from './findings.js';
import type { ReportHost, ReportModel } from './model.js';
import { ReportError } from './report-error.js';
import { CHART_METRICS } from './templates.js';
import { defaultTimeZone } from './time-zone.js';

/** Points of a drawn series: about one per two pixels of a chart. */
export const CHART_POINTS = 600;

export function hostOfCollector(collector: Collector): ReportHost {
  const info = collector.hostInfo;
  const os = info ? [info.os_name, info.os_version].filter((s) => s !== '').join(' ') : '';
  return {
    name: collector.machineName,
    site: collector.siteName,
    os: os === '' ? null : os,
    kernel: info?.kernel || null,
    cpuModel: info?.cpu_model || null,
    cpuCount: info?.cpu_count ?? null,
    memoryMb: info?.mem_total_mb ?? null,
  };
}

/**
 * A collector's report over a range, read through the dashboard's own queries: the series of its charts,
 * the utilisation table of its Utilization Tables and the findings' counts over every sample of the range.
 */
export async function reportFromDatabase(
  t: TenantHandle,
  collector: Collector,
  rangeSpec: RangeSpec,
): Promise<ReportModel> {
  const range = await resolveRange(t, collector.id, rangeSpec);
  if (range === null) throw new ReportError(`collector ${collector.machineName} has no samples`);
  const [intervalSeconds, series, table, shares] = await Promise.all([
    samplingInterval(t, collector.id, range),
    hostSeries(t, collector.id, { ...range, points: CHART_POINTS, metrics: CHART_METRICS }),
    utilisationTable(t, collector.id, range),
    thresholdShares(t, collector.id, range, THRESHOLDS),
  ]);
  if (table.samples === 0) {
    throw new ReportError(
      `collector ${collector.machineName} has no samples from ${range.from.toISOString()} to ${range.to.toISOString()}`,
    );
  }
  return {
    host: hostOfCollector(collector),
    source: 'database',
    range: { ...range, intervalSeconds },
    series,
    table,
    findings: findingsOf(shares),
    generatedAt: new Date(),
    timeZone: defaultTimeZone(),
  };
}

/** The report of one uploaded capture of a collector: the span of the samples it brought, named by its file. */
export async function reportFromUpload(
  t: TenantHandle,
  collector: Collector,
  upload: Upload,
): Promise<ReportModel> {
  if (upload.firstTs === null || upload.lastTs === null)
    throw new ReportError(`${upload.filename} (a capture of ${collector.machineName}) has no samples`);
  const span = { from: upload.firstTs, to: new Date(upload.lastTs.getTime() + 1000) };
  return { ...(await reportFromDatabase(t, collector, span)), source: upload.filename };
}
