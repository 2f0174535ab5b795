import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { collectorRepository, type TenantHandle, type Upload, uploadRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { authenticate, hasRole } from '../auth/authenticate.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { hostCsvChunks } from '../export/host-csv-export.js';
import { receiveUpload } from '../http/multipart-upload.js';
import { uploadDir } from '../http/upload-dir.js';
import { ImportError } from '../import/import-error.js';
import { importFile, isCaptureFile } from '../import/import-file.js';
import { collectorOr404 } from './collector-routes.js';
import { IdParam } from './schemas.js';

const tags = ['files'];
const security = [{ bearer: [] }, { apiKey: [] }];
const FileParams = Type.Object({ id: Type.String({ maxLength: 64 }), file: Type.String({ maxLength: 64 }) });
const FileOut = Type.Object({
  id: Type.String(),
  filename: Type.String(),
  description: Type.String(),
  size_bytes: Type.Integer(),
  uploaded_at: Type.String(),
  uploaded_by: Type.Union([Type.Integer(), Type.Null()]),
  rows_imported: Type.Integer(),
  first_timestamp: Type.Union([Type.String(), Type.Null()]),
  last_timestamp: Type.Union([Type.String(), Type.Null()]),
  system_info: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: "The machine it came from, as a capture's header says; null for a host.csv",
  }),
});

const fileOut = (u: Upload) => ({
  id: u.id,
  filename: u.filename,
  description: u.description,
  size_bytes: u.sizeBytes,
  uploaded_at: u.uploadedAt.toISOString(),
  uploaded_by: u.uploadedBy,
  rows_imported: u.rowsImported,
  first_timestamp: u.firstTs?.toISOString() ?? null,
  last_timestamp: u.lastTs?.toISOString() ?? null,
  system_info: (u.hostInfo as Record<string, unknown> | null) ?? null,
});

/** A file name that is safe in a Content-Disposition header and on any file system. */
const safeName = (name: string): string =>
  basename(name)
    .replace(/[^\w.\- ]/g, '_')
    .slice(0, 200) || 'upload';

/** Uploads (kept and imported, all or nothing), the file list, downloads, deletion, and CSV export. */
export function fileRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.post(
      '/api/v1/collectors/:id/upload/',
      {
        schema: {
          summary:
            'Upload a host.csv (plain or gzip) or a pcc capture (multipart: file, description); it is kept and its samples imported',
          tags,
          security,
          consumes: ['multipart/form-data'],
          params: IdParam,
          response: {
            201: Type.Object({ file: FileOut, stored: Type.Integer(), duplicates: Type.Integer() }),
          },
        },
      },
      async (request, reply) => {
        const { tenant, user } = await authenticate(db, request, 'analyst');
        const collector = await collectorOr404(tenant, request.params.id);
        if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? ''))
          throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send multipart/form-data with a "file" part');
        const path = join(await uploadDir(), randomUUID());
        let filename: string | undefined;
        try {
          const received = await receiveUpload(request, path, context.uploadLimitBytes ?? 1024 ** 3);
          filename = safeName(received.filename);
          const contentType = received.contentType;
          const description = (received.fields.get('description') ?? '').slice(0, 1000);
          const name = filename;
          // The kept file and its samples go in together, or not at all.
          const { upload, result } = await tenant.transaction(async (tx) => {
            const uploads = uploadRepository(tx);
            const created = await uploads.create(
              { collectorId: collector.id, filename: name, description, contentType, uploadedBy: user.id },
              createReadStream(path),
            );
            // The samples it stores are its own: deleting the file deletes them, and only them.
            const imported = await importFile(tx, collector.id, path, {
              kind: isCaptureFile(name) ? 'capture' : 'csv',
              uploadId: created.id,
            });
            await uploads.recordImport(created.id, {
              rows: imported.stored,
              firstTs: imported.firstTs,
              lastTs: imported.lastTs,
              hostInfo: imported.hostInfo,
            });
            if (imported.hostInfo)
              await collectorRepository(tx).recordCapturedHostInfo(collector.id, imported.hostInfo);
            return {
              upload: {
                ...created,
                rowsImported: imported.stored,
                firstTs: imported.firstTs,
                lastTs: imported.lastTs,
                hostInfo: imported.hostInfo ?? null,
              },
              result: imported,
            };
          });
          return reply
            .status(201)
            .send({ file: fileOut(upload), stored: result.stored, duplicates: result.duplicates });
        } catch (error) {
          if (error instanceof ImportError)
            throw new ApiError('INVALID_BODY', error.describe(filename ?? 'the file'));
          throw error;
        } finally {
          await rm(path, { force: true });
        }
      },
    );

    app.get(
      '/api/v1/collectors/:id/files/',
      {
        schema: {
          summary: "A collector's uploaded files",
          tags,
          security,
          params: IdParam,
          response: { 200: Type.Array(FileOut) },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const collector = await collectorOr404(tenant, request.params.id);
        return (await uploadRepository(tenant).list(collector.id)).map(fileOut);
      },
    );

    app.get(
      '/api/v1/collectors/:id/files/:file/',
      { schema: { summary: 'Download an uploaded file as it was sent', tags, security, params: FileParams } },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const uploads = uploadRepository(tenant);
        const upload = await uploadOr404(tenant, request.params);
        reply.header('content-type', upload.contentType ?? 'application/octet-stream');
        reply.header('content-disposition', `attachment; filename="${safeName(upload.filename)}"`);
        reply.header('content-length', upload.sizeBytes);
        return reply.send(Readable.from(uploads.content(upload.id)));
      },
    );

    app.get(
      '/api/v1/collectors/:id/files/:file/samples/',
      {
        schema: {
          summary:
            'How many samples this file stored are still kept: what deleting it deletes (samples of the same ' +
            'instants stored by the agent or by another upload are not its own and stay)',
          tags,
          security,
          params: FileParams,
          response: { 200: Type.Object({ samples_held: Type.Integer() }) },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const uploads = uploadRepository(tenant);
        const upload = await uploadOr404(tenant, request.params);
        return { samples_held: await uploads.samplesHeld(upload) };
      },
    );

    app.delete(
      '/api/v1/collectors/:id/files/:file/',
      {
        schema: {
          summary:
            'Delete an uploaded file and the samples it stored, and no others (admins, or the analyst who ' +
            'uploaded it); answers how many samples went',
          tags,
          security,
          params: FileParams,
          response: { 200: Type.Object({ samples_deleted: Type.Integer() }) },
        },
      },
      async (request) => {
        const { tenant, user } = await authenticate(db, request, 'analyst');
        const uploads = uploadRepository(tenant);
        const upload = await uploadOr404(tenant, request.params);
        if (!hasRole(user.role, 'admin') && upload.uploadedBy !== user.id) {
          throw new ApiError('FORBIDDEN', 'Only an admin or the user who uploaded it may delete this file');
        }
        const deleted = await uploads.delete(upload.id);
        // Deleted meanwhile by another request.
        if (deleted === undefined) throw new ApiError('NOT_FOUND', `No file ${request.params.file}`);
        return { samples_deleted: deleted.samples };
      },
    );

    app.get(
      '/api/v1/collectors/:id/export/',
      {
        schema: {
          summary: "A collector's samples as host.csv, for a date range",
          tags,
          security,
          params: IdParam,
          querystring: Type.Object({
            start: Type.Optional(Type.String({ format: 'date-time', description: 'Included' })),
            end: Type.Optional(Type.String({ format: 'date-time', description: 'Excluded' })),
          }),
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const collector = await collectorOr404(tenant, request.params.id);
        const { start, end } = request.query;
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header(
          'content-disposition',
          `attachment; filename="${safeName(collector.machineName)}-host.csv"`,
        );
        return reply.send(
          Readable.from(
            hostCsvChunks(
              tenant,
              collector.id,
              start ? new Date(start) : undefined,
              end ? new Date(end) : undefined,
            ),
          ),
        );
      },
    );
  };
}

/** The collector's uploaded file the path names (the collector in this tenant, the file of that collector). */
async function uploadOr404(tenant: TenantHandle, params: { id: string; file: string }): Promise<Upload> {
  const collector = await collectorOr404(tenant, params.id);
  const upload = await uploadRepository(tenant).get(params.file);
  if (!upload || upload.collectorId !== collector.id)
    throw new ApiError('NOT_FOUND', `No file ${params.file}`);
  return upload;
}
