import type { HostInfo } from './sample.js';
import type { RawSnapshot } from './snapshot.js';

/**
 * The capture file of local mode: JSON Lines, a header line and then one raw snapshot a line, append-only so
 * that a crash loses at most the last line; gzip-compressed when the file name ends in `.gz`. Readers also
 * accept a plain JSON array whose first element is the header.
 */
export const CAPTURE_FORMAT = 'perfanalysis-capture';
export const CAPTURE_VERSION = 1;

export interface CaptureHeader {
  readonly format: typeof CAPTURE_FORMAT;
  readonly version: number;
  /** The agent's name and version, `pcc/0.1.0`. */
  readonly agent: string;
  readonly host: HostInfo;
  /** When the collection started, ISO 8601 UTC. */
  readonly start: string;
  /** Seconds between snapshots. */
  readonly frequency: number;
  /** Seconds the collection was asked to last. */
  readonly duration: number;
}

export function isCaptureHeader(value: unknown): value is CaptureHeader {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === CAPTURE_FORMAT
  );
}

/** Checks a parsed capture line just enough that derivation cannot trip over it; throws a plain message. */
export function asSnapshot(value: unknown): RawSnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('expected a snapshot object');
  }
  const snapshot = value as Record<string, unknown>;
  if (typeof snapshot.time !== 'number' || !Number.isFinite(snapshot.time)) {
    throw new Error('snapshot has no numeric "time"');
  }
  if (snapshot.mono !== undefined && typeof snapshot.mono !== 'number') {
    throw new Error('snapshot "mono" is not a number');
  }
  for (const key of ['stat', 'meminfo', 'diskstats', 'netdev', 'temperatures'] as const) {
    const section = snapshot[key];
    if (
      section !== undefined &&
      (typeof section !== 'object' || section === null || Array.isArray(section))
    ) {
      throw new Error(`snapshot "${key}" is not an object`);
    }
  }
  for (const key of ['loadavg', 'filesystems'] as const) {
    if (snapshot[key] !== undefined && !Array.isArray(snapshot[key])) {
      throw new Error(`snapshot "${key}" is not an array`);
    }
  }
  return value as RawSnapshot;
}
