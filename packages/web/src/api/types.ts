import type { ApiAnswer } from '@perfanalysis/shared/api-answers';

/**
 * The portal API's answers, as the dashboard uses them: named parts of the types generated from the API's
 * OpenAPI document (packages/shared/src/api-types.ts), so they cannot drift from what the server answers.
 */
export type User = ApiAnswer<'getCurrentUser'>;
export type Role = User['role'];
export type Tokens = ApiAnswer<'logIn'>;
export type SignUpStatus = ApiAnswer<'signUpStatus'>;
export type Collector = ApiAnswer<'getCollector'>;
export type CollectorStatus = Collector['status'];

/** A paginated list's answer, as every list route gives it. */
export interface Page<T> {
  readonly count: number;
  readonly next: string | null;
  readonly previous: string | null;
  readonly results: T[];
}

export type CreatedCollector = ApiAnswer<'createCollector', 201>;
export type UploadedFile = ApiAnswer<'listFiles'>['results'][number];
/** How many samples an uploaded file stored are still kept: what deleting it deletes. */
export type FileSamplesHeld = ApiAnswer<'fileSamplesHeld'>;
export type FileDeleted = ApiAnswer<'deleteFile'>;
export type UploadResult = ApiAnswer<'uploadFile', 201>;
export type ApiKey = ApiAnswer<'listApiKeys'>[number];
export type CreatedApiKey = ApiAnswer<'createApiKey', 201>;

export type SeriesAnswer = ApiAnswer<'hostSeries'>;
/** Mean, min and max per bucket; null is a gap. */
export type Columns = SeriesAnswer['series'][string];
export type DeviceSeriesAnswer = ApiAnswer<'deviceSeries'>;
export type UtilisationAnswer = ApiAnswer<'utilisation'>;
export type CompareAnswer = ApiAnswer<'compareCollectors'>;

export type Benchmark = ApiAnswer<'listBenchmarks'>['results'][number];
export type BenchmarkStats = ApiAnswer<'benchmarkStats'>[number];
export type LoadTest = ApiAnswer<'listLoadTests'>['results'][number];
export type LoadTestComparison = ApiAnswer<'compareLoadTests'>;
export type Settings = ApiAnswer<'getSettings'>;
