import type { UtilisationRow } from '@perfanalysis/shared/utilisation-compare';

/** The portal API's answers, as the dashboard uses them. */
export type Role = 'admin' | 'analyst' | 'viewer';

export interface User {
  readonly id: number;
  readonly username: string;
  readonly email: string;
  readonly role: Role;
  readonly tenant: string;
  readonly created_at: string;
}

export interface Tokens {
  readonly access: string;
  readonly refresh: string;
}

export type CollectorStatus = 'live' | 'idle' | 'uploaded' | 'never seen';

export interface Collector {
  readonly id: string;
  readonly machine_name: string;
  readonly site_name: string | null;
  readonly platform: string | null;
  readonly api_key_prefix: string;
  readonly status: CollectorStatus;
  readonly last_seen: string | null;
  readonly last_upload: string | null;
  readonly files_count: number;
  /** The span of the samples its uploaded files brought. */
  readonly data_from: string | null;
  readonly data_to: string | null;
  readonly system_info: Record<string, unknown> | null;
  readonly created_at: string;
}

export interface Page<T> {
  readonly count: number;
  readonly next: string | null;
  readonly previous: string | null;
  readonly results: T[];
}

export interface CreatedCollector {
  readonly id: string;
  readonly machine_name: string;
  readonly api_key: string;
  readonly install_command: string;
}

export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly description: string;
  readonly size_bytes: number;
  readonly uploaded_at: string;
  readonly uploaded_by: number | null;
  readonly rows_imported: number;
  readonly first_timestamp: string | null;
  readonly last_timestamp: string | null;
  /** The machine a capture came from, as its header says; null for a host.csv. */
  readonly system_info: Record<string, unknown> | null;
}

/** How many samples an uploaded file stored are still kept: what deleting it deletes. */
export interface FileSamplesHeld {
  readonly samples_held: number;
}

export interface FileDeleted {
  readonly samples_deleted: number;
}

export interface UploadResult extends UploadedFile {
  readonly stored: number;
  readonly duplicates: number;
}

export interface ApiKey {
  readonly id: number;
  readonly name: string;
  readonly prefix: string;
  readonly created_at: string;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}

export interface CreatedApiKey {
  readonly id: number;
  readonly name: string;
  readonly key: string;
  readonly authorization: string;
}

/** Mean, min and max per bucket; null is a gap. */
export interface Columns {
  readonly mean: (number | null)[];
  readonly min: (number | null)[];
  readonly max: (number | null)[];
}

export interface SeriesAnswer {
  readonly collector_id: string;
  readonly from: string;
  readonly to: string;
  readonly bucket_seconds: number;
  readonly time: number[];
  readonly series: Record<string, Columns>;
}

export interface DeviceSeriesAnswer {
  readonly from: string;
  readonly to: string;
  readonly bucket_seconds: number;
  readonly time: number[];
  readonly devices: Record<string, Record<string, Columns>>;
}

export interface UtilisationAnswer {
  readonly from: string;
  readonly to: string;
  /** true: percentiles from every raw sample; false: from the rollups' sketches, within 1 %. */
  readonly exact?: boolean;
  readonly samples?: number;
  readonly rows: UtilisationRow[];
}

export interface CompareAnswer {
  readonly align: 'start' | 'clock';
  readonly bucket_seconds?: number;
  readonly collectors: {
    readonly id: string;
    readonly machine_name: string;
    readonly site_name: string | null;
    readonly from: string;
    readonly to: string;
  }[];
  readonly time: number[];
  readonly series: Record<string, Record<string, Columns>>;
  /** Per collector: its utilisation rows, or (as the server now answers) `{ exact, samples, rows }`. */
  readonly tables: Record<
    string,
    | UtilisationRow[]
    | { readonly exact?: boolean; readonly samples?: number; readonly rows: UtilisationRow[] }
  >;
}

export interface Benchmark {
  readonly id: number;
  readonly collector_id: string;
  readonly name: string;
  readonly score: number;
  readonly unit: string;
  readonly run_at: string;
}

export interface BenchmarkStats {
  readonly name: string;
  readonly collector_id: string;
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly stddev: number;
}

export interface LoadTest {
  readonly id: number;
  readonly collector_id: string;
  readonly name: string;
  readonly utilization_pct: number;
  readonly work_units: number;
  readonly run_at: string;
}

export interface LoadTestComparison {
  readonly name: string;
  readonly levels: number[];
  readonly collectors: {
    collector_id: string;
    machine_name: string;
    work_units: (number | null)[];
    runs: number[];
  }[];
}

export interface Settings {
  readonly signup_role: Role | null;
}
