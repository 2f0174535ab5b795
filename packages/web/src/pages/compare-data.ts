import { mergeRuns } from '@perfanalysis/shared/merge-runs';
import { colorAt } from '@perfanalysis/shared/palette';
import { formatBytes } from '@perfanalysis/shared/units';
import type { UtilisationRow } from '@perfanalysis/shared/utilisation-compare';
import { ApiFailure, api } from '../api/client.js';
import { collectorFiles } from '../api/collector-files.js';
import { collectorRuns, type Run } from '../api/runs.js';
import type {
  Collector,
  Columns,
  CompareAnswer,
  SeriesAnswer,
  UploadedFile,
  UtilisationAnswer,
} from '../api/types.js';
import { type CompareRegion, compareRegions } from '../lib/compare-regions.js';
import type { RangeKey } from '../lib/time-range.js';

/** The machine a capture came from, as its header said: "web-01, 8 CPUs, 16 GiB". */
function machineOf(file: UploadedFile | undefined): string {
  const info = file?.system_info;
  if (!info) return '';
  const parts = [
    typeof info.hostname === 'string' ? `from ${info.hostname}` : '',
    typeof info.cpu_count === 'number' ? `${info.cpu_count} CPUs` : '',
    typeof info.mem_total_mb === 'number' ? formatBytes(info.mem_total_mb * 1048576) : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** What to compare: a whole collector ("id"), one capture of it ("id~fileId") or one of its runs ("id@r12"). */
export interface RunSpec {
  readonly collectorId: string;
  readonly fileId?: string;
  /** One of its runs: a named run ("r12") or a load-test run ("lt3"), as the run's key says. */
  readonly runKey?: string;
}

export function parseSpecs(query: URLSearchParams): RunSpec[] {
  const text = [query.get('collectors'), query.get('runs')].filter(Boolean).join(',');
  const specs: RunSpec[] = [];
  for (const part of text.split(',')) {
    const [head = '', fileId] = part.trim().split('~');
    const [collectorId, run] = head.split('@');
    if (!collectorId) continue;
    specs.push(fileId ? { collectorId, fileId } : run ? { collectorId, runKey: run } : { collectorId });
  }
  return specs;
}

export function specKey(spec: RunSpec): string {
  if (spec.fileId) return `${spec.collectorId}~${spec.fileId}`;
  return spec.runKey ? `${spec.collectorId}@${spec.runKey}` : spec.collectorId;
}

/** The query string for a list of runs: `collectors=` when they are whole collectors, `runs=` otherwise. */
export function specsQuery(specs: readonly RunSpec[]): { collectors?: string; runs?: string } {
  if (specs.length === 0) return {};
  const keys = specs.map(specKey).join(',');
  return specs.some((s) => s.fileId || s.runKey) ? { runs: keys } : { collectors: keys };
}

export interface CompareRun {
  readonly key: string;
  readonly collectorId: string;
  readonly label: string;
  readonly detail: string;
  readonly color: string;
  readonly from: string;
  readonly to: string;
}

export interface CompareModel {
  readonly align: 'start' | 'clock';
  readonly time: number[];
  readonly bucketSeconds: number;
  readonly runs: CompareRun[];
  readonly series: Record<string, Columns>[];
  readonly tables: UtilisationRow[][];
  /** The runs of the compared collectors inside each item's window, on the charts' time axis. */
  readonly regions: CompareRegion[];
}

export interface CompareRequest {
  readonly specs: readonly RunSpec[];
  readonly align: 'start' | 'clock';
  readonly range: RangeKey;
  readonly points: number;
  readonly metrics: readonly string[];
}

/**
 * Loads a comparison: whole collectors in one request to the compare endpoint (aligned by the server); runs
 * that include captures or named runs one by one, each over its window, aligned here the same way.
 */
export async function loadComparison(request: CompareRequest, signal: AbortSignal): Promise<CompareModel> {
  if (request.specs.every((s) => !s.fileId && !s.runKey)) return viaCompareEndpoint(request, signal);
  return runByRun(request, signal);
}

/** Each collector's runs, fetched once however many items it has. */
function runsOf(specs: readonly RunSpec[], signal: AbortSignal): (id: string) => Promise<Run[]> {
  const lists = new Map<string, Promise<Run[]>>();
  for (const { collectorId } of specs)
    if (!lists.has(collectorId)) lists.set(collectorId, collectorRuns(collectorId, signal));
  return (id) => lists.get(id) ?? Promise.resolve([]);
}

const unix = (iso: string) => Date.parse(iso) / 1000;

async function viaCompareEndpoint(request: CompareRequest, signal: AbortSignal): Promise<CompareModel> {
  const runsByCollector = runsOf(request.specs, signal);
  const answer = await api<CompareAnswer>('/api/v1/compare/', {
    query: {
      collectors: request.specs.map((s) => s.collectorId).join(','),
      align: request.align,
      range: request.range,
      points: request.points,
      metrics: request.metrics.join(','),
    },
    signal,
  });
  const duplicates = new Set(
    answer.collectors.map((c) => c.machine_name).filter((n, i, all) => all.indexOf(n) !== i),
  );
  return {
    align: answer.align,
    time: answer.time,
    bucketSeconds: answer.bucket_seconds ?? 0,
    runs: answer.collectors.map((c, i) => ({
      key: c.id,
      collectorId: c.id,
      label: duplicates.has(c.machine_name)
        ? `${c.machine_name} (${c.site_name ?? c.id.slice(0, 8)})`
        : c.machine_name,
      detail: c.site_name ?? '',
      color: colorAt(i),
      from: c.from,
      to: c.to,
    })),
    series: answer.collectors.map((c) => answer.series[c.id] ?? {}),
    tables: answer.collectors.map((c) => answer.tables[c.id]?.rows ?? []),
    regions: compareRegions(
      await Promise.all(
        answer.collectors.map(async (c, i) => ({
          runs: await runsByCollector(c.id),
          from: unix(c.from),
          to: unix(c.to),
          // Aligned at the start, t = 0 is the collector's start (the server's grid begins there).
          origin: answer.align === 'start' ? unix(c.from) : 0,
          color: colorAt(i),
        })),
      ),
    ),
  };
}

/** A run's series over its window: buckets from its start when runs are aligned there, else on the clock. */
function seriesOf(
  collectorId: string,
  window: Record<string, string>,
  request: CompareRequest,
  signal: AbortSignal,
  bucketSeconds?: number,
): Promise<SeriesAnswer> {
  return api<SeriesAnswer>(`/api/v1/collectors/${collectorId}/series/`, {
    query: {
      ...window,
      ...(bucketSeconds ? { bucket_seconds: bucketSeconds } : { points: request.points }),
      metrics: request.metrics.join(','),
      align: request.align,
    },
    signal,
  });
}

async function runByRun(request: CompareRequest, signal: AbortSignal): Promise<CompareModel> {
  const collectors = new Map<string, Promise<{ collector: Collector; files: UploadedFile[]; runs: Run[] }>>();
  const describe = (id: string) => {
    let found = collectors.get(id);
    if (!found) {
      found = Promise.all([
        api<Collector>(`/api/v1/collectors/${id}/`, { signal }),
        collectorFiles(id, signal),
        collectorRuns(id, signal),
      ]).then(([collector, files, runs]) => ({ collector, files, runs }));
      collectors.set(id, found);
    }
    return found;
  };
  const loaded = await Promise.all(
    request.specs.map(async (spec) => {
      const { collector, files, runs } = await describe(spec.collectorId);
      const named = spec.runKey ? runs.find((r) => r.key === spec.runKey) : undefined;
      if (spec.runKey && !named)
        throw new ApiFailure(
          `A run of ${collector.machine_name} is gone: remove it from the comparison.`,
          404,
          'NOT_FOUND',
        );
      const file = spec.fileId ? files.find((f) => f.id === spec.fileId) : undefined;
      if (spec.fileId && !(file?.first_timestamp && file.last_timestamp))
        throw new ApiFailure(
          `A capture of ${collector.machine_name} is gone or has no samples: remove it from the comparison.`,
          404,
          'NOT_FOUND',
        );
      const window: Record<string, string> = named
        ? { start: named.start, end: named.end }
        : file?.first_timestamp && file.last_timestamp
          ? {
              start: file.first_timestamp,
              end: new Date(Date.parse(file.last_timestamp) + 1000).toISOString(),
            }
          : { range: request.range };
      const [series, table] = await Promise.all([
        seriesOf(spec.collectorId, window, request, signal),
        api<UtilisationAnswer>(`/api/v1/collectors/${spec.collectorId}/utilisation/`, {
          query: window,
          signal,
        }),
      ]);
      if (series.no_samples)
        throw new ApiFailure(
          `${collector.machine_name} has no samples yet: remove it from the comparison.`,
          404,
          'NOT_FOUND',
        );
      return { spec, collector, file, named, runs, window, series, table };
    }),
  );
  // Runs fetched at different widths are fetched again at the coarsest: one grid, buckets the server made
  // from the samples, so that the same samples draw the same curve whichever run they are in.
  const width = Math.max(...loaded.map((run) => run.series.bucket_seconds));
  await Promise.all(
    loaded.map(async (run) => {
      if (run.series.bucket_seconds !== width)
        run.series = await seriesOf(run.spec.collectorId, run.window, request, signal, width);
    }),
  );
  const merged = mergeRuns(
    loaded.map((run) => ({
      time: run.series.time,
      bucketSeconds: run.series.bucket_seconds,
      series: run.series.series,
      // Aligned at the start: each run's grid begins at its own start (align=start), its t = 0.
      offset: request.align === 'start' ? (run.series.time[0] ?? 0) : 0,
    })),
  );
  // Captures of one collector are told apart by their files; runs of several collectors by machine first.
  const oneCollector = new Set(loaded.map((run) => run.collector.id)).size === 1;
  return {
    align: request.align,
    time: merged.time,
    bucketSeconds: merged.bucketSeconds,
    runs: loaded.map((run, i) => ({
      key: specKey(run.spec),
      collectorId: run.collector.id,
      label: labelOf(run, oneCollector),
      detail: [
        oneCollector && (run.file || run.named) ? run.collector.machine_name : '',
        run.named?.kind === 'loadtest' ? 'load test' : '',
        machineOf(run.file),
        run.named?.note || run.file?.description || run.collector.site_name || '',
      ]
        .filter(Boolean)
        .join(' · '),
      color: colorAt(i),
      from: run.series.from,
      to: run.series.to,
    })),
    series: merged.series,
    tables: loaded.map((run) => run.table.rows),
    regions: compareRegions(
      loaded.map((run, i) => ({
        runs: run.runs,
        from: unix(run.series.from),
        to: unix(run.series.to),
        origin: request.align === 'start' ? (run.series.time[0] ?? 0) : 0,
        color: colorAt(i),
        runKey: run.named?.key,
      })),
    ),
  };
}

/** A run's label: its capture's file name or its run's name, after its machine's when several are compared. */
function labelOf(
  run: { collector: Collector; file: UploadedFile | undefined; named: Run | undefined },
  oneCollector: boolean,
): string {
  const part = run.named?.name ?? run.file?.filename;
  if (part === undefined) return run.collector.machine_name;
  return oneCollector ? part : `${run.collector.machine_name} · ${part}`;
}
