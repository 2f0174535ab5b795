import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type TenantHandle, type Upload, uploadRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { authenticate, hasRole } from '../auth/authenticate.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { hostCsvChunks } from '../export/host-csv-export.js';
import { collectorOr404 } from './collector-routes.js';
import { FileOut, fileOut, safeName } from './file-view.js';
import { Page, pageOf } from './page.js';
import { IdParam, pageFields } from './schemas.js';
import { storeUpload, UploadOut } from './store-upload.js';

const tags = ['files'];
const security = [{ bearer: [] }, { apiKey: [] }];
const FileParams = Type.Object({ id: Type.String({ maxLength: 64 }), file: Type.String({ maxLength: 64 }) });
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
          response: { 201: UploadOut },
        },
      },
      async (request, reply) => {
        const { tenant, user } = await authenticate(db, request, 'analyst');
        const collector = await collectorOr404(tenant, request.params.id);
        return reply.status(201).send(await storeUpload(context, request, tenant, user, () => collector));
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
          querystring: Type.Object(pageFields),
          response: { 200: Page(FileOut) },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const collector = await collectorOr404(tenant, request.params.id);
        const { limit = 50, offset = 0 } = request.query;
        const { uploads, total } = await uploadRepository(tenant).list(collector.id, { limit, offset });
        return pageOf(request, { limit, offset, count: total, results: uploads.map(fileOut) });
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
