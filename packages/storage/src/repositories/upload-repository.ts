import type { HostInfo } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { countUploadSamples, deleteUploadSamples } from '../timeseries/sample-deletion.js';
import { isCollectorId } from './collector-repository.js';

export interface Upload {
  readonly id: string;
  readonly collectorId: string;
  readonly filename: string;
  readonly description: string;
  readonly contentType: string | null;
  readonly sizeBytes: number;
  readonly uploadedBy: number | null;
  readonly uploadedAt: Date;
  /** Samples it stored (not those it skipped as already stored): the rows it owns. */
  readonly rowsImported: number;
  /** The time range of the samples it brought (read from the file, duplicates included). */
  readonly firstTs: Date | null;
  readonly lastTs: Date | null;
  /** The machine it came from, as a capture's header says; null for a host.csv. */
  readonly hostInfo: HostInfo | null;
}

interface UploadRow {
  id: string;
  collector_id: string;
  filename: string;
  description: string;
  content_type: string | null;
  size_bytes: number;
  uploaded_by: number | null;
  uploaded_at: Date;
  rows_imported: number;
  first_ts: Date | null;
  last_ts: Date | null;
  host_info: HostInfo | null;
}

const toUpload = (row: UploadRow): Upload => ({
  id: row.id,
  collectorId: row.collector_id,
  filename: row.filename,
  description: row.description,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at,
  rowsImported: row.rows_imported,
  firstTs: row.first_ts,
  lastTs: row.last_ts,
  hostInfo: row.host_info,
});

/** Where an upload's samples lie; none when it read none. */
const spanOf = (upload: Upload) =>
  upload.firstTs === null || upload.lastTs === null
    ? undefined
    : { first: upload.firstTs, last: upload.lastTs };

const COLUMNS =
  'id, collector_id, filename, description, content_type, size_bytes, uploaded_by, uploaded_at, rows_imported, first_ts, last_ts, host_info';
const CHUNK_BYTES = 1024 * 1024;

export interface UploadSummary {
  readonly count: number;
  readonly lastUploadAt: Date | null;
  readonly firstTs: Date | null;
  readonly lastTs: Date | null;
}

export interface NewUpload {
  readonly collectorId: string;
  readonly filename: string;
  readonly description: string;
  readonly contentType: string | null;
  readonly uploadedBy: number | null;
}

/**
 * Uploaded files: kept in the database in 1 MiB chunks (so any process can serve them), streamed in and out.
 * The samples an upload stores name it (insertSamples' uploadId), so that deleting it deletes those and no
 * others.
 */
export interface UploadRepository {
  /** Stores the file's bytes as they stream in; never holds more than a chunk. */
  create(input: NewUpload, content: AsyncIterable<Buffer>): Promise<Upload>;
  recordImport(
    id: string,
    result: { rows: number; firstTs: Date | null; lastTs: Date | null; hostInfo?: HostInfo | undefined },
  ): Promise<void>;
  /** A collector's files, newest first: a page of them, and how many it has in all. */
  list(
    collectorId: string,
    page?: { readonly limit?: number; readonly offset?: number },
  ): Promise<{ uploads: Upload[]; total: number }>;
  get(id: string): Promise<Upload | undefined>;
  content(id: string): AsyncIterable<Buffer>;
  /** How many of the samples it stored are still kept (retention may have taken some): what delete deletes. */
  samplesHeld(upload: Upload): Promise<number>;
  /**
   * Deletes the upload, its file and the samples it stored (host and per-device rows, with their rollups
   * recomputed), in one transaction; undefined when there is no such upload.
   */
  delete(id: string): Promise<{ readonly samples: number } | undefined>;
  /** Per collector: how many files, when the last came, and the span of the samples they brought. */
  summary(): Promise<Map<string, UploadSummary>>;
}

export function uploadRepository(t: TenantHandle): UploadRepository {
  const uploads = t.table('uploads');
  const chunks = t.table('upload_chunks');
  return {
    async create(input, content) {
      const [row] = await t.query<UploadRow>(
        `INSERT INTO ${uploads} (collector_id, filename, description, content_type, size_bytes, uploaded_by)
         VALUES ($1, $2, $3, $4, 0, $5) RETURNING ${COLUMNS}`,
        [input.collectorId, input.filename, input.description, input.contentType, input.uploadedBy],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      let seq = 0;
      let size = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async (): Promise<void> => {
        if (pendingBytes === 0) return;
        await t.execute(`INSERT INTO ${chunks} (upload_id, seq, data) VALUES ($1, $2, $3)`, [
          row.id,
          seq++,
          Buffer.concat(pending),
        ]);
        pending = [];
        pendingBytes = 0;
      };
      for await (const piece of content) {
        pending.push(piece);
        pendingBytes += piece.length;
        size += piece.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      await t.execute(`UPDATE ${uploads} SET size_bytes = $2 WHERE id = $1`, [row.id, size]);
      return { ...toUpload(row), sizeBytes: size };
    },

    async recordImport(id, result) {
      await t.execute(
        `UPDATE ${uploads} SET rows_imported = $2, first_ts = $3, last_ts = $4, host_info = $5::jsonb WHERE id = $1`,
        [
          id,
          result.rows,
          result.firstTs,
          result.lastTs,
          result.hostInfo ? JSON.stringify(result.hostInfo) : null,
        ],
      );
    },

    async list(collectorId, page = {}) {
      if (!isCollectorId(collectorId)) return { uploads: [], total: 0 };
      const [rows, [count]] = await Promise.all([
        t.query<UploadRow>(
          `SELECT ${COLUMNS} FROM ${uploads} WHERE collector_id = $1 ORDER BY uploaded_at DESC, id
           LIMIT $2 OFFSET $3`,
          [collectorId, page.limit ?? null, page.offset ?? 0],
        ),
        t.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${uploads} WHERE collector_id = $1`, [
          collectorId,
        ]),
      ]);
      return { uploads: rows.map(toUpload), total: count?.total ?? 0 };
    },

    async get(id) {
      if (!isCollectorId(id)) return undefined;
      const [row] = await t.query<UploadRow>(`SELECT ${COLUMNS} FROM ${uploads} WHERE id = $1`, [id]);
      return row === undefined ? undefined : toUpload(row);
    },

    async *content(id) {
      for (let seq = 0; ; seq++) {
        const [row] = await t.query<{ data: Uint8Array }>(
          `SELECT data FROM ${chunks} WHERE upload_id = $1 AND seq = $2`,
          [id, seq],
        );
        if (row === undefined) return;
        yield Buffer.from(row.data);
      }
    },

    async samplesHeld(upload) {
      const span = spanOf(upload);
      return span === undefined ? 0 : countUploadSamples(t, upload.collectorId, upload.id, span);
    },

    async delete(id) {
      if (!isCollectorId(id)) return undefined;
      return t.transaction(async (tx) => {
        const [row] = await tx.query<UploadRow>(
          `DELETE FROM ${tx.table('uploads')} WHERE id = $1 RETURNING ${COLUMNS}`,
          [id],
        );
        if (row === undefined) return undefined;
        const upload = toUpload(row);
        const span = spanOf(upload);
        const samples =
          span === undefined ? 0 : await deleteUploadSamples(tx, upload.collectorId, upload.id, span);
        return { samples };
      });
    },

    async summary() {
      const rows = await t.query<{
        collector_id: string;
        n: number;
        last: Date | null;
        first_ts: Date | null;
        last_ts: Date | null;
      }>(
        `SELECT collector_id, count(*)::int AS n, max(uploaded_at) AS last, min(first_ts) AS first_ts,
         max(last_ts) AS last_ts FROM ${uploads} GROUP BY collector_id`,
      );
      return new Map(
        rows.map((r) => [
          r.collector_id,
          { count: r.n, lastUploadAt: r.last, firstTs: r.first_ts, lastTs: r.last_ts },
        ]),
      );
    },
  };
}
