import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type TenantHandle, type Upload, uploadRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { hasRole } from '../auth/authenticate.js';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { hostCsvChunks } from '../export/host-csv-export.js';
import { collectorOr404 } from './collector-routes.js';
import { FileOut, fileOut, safeName } from './file-view.js';
import { Page, pageOf } from './page.js';
import { FileAnswer, IdParam, pageFields } from './schemas.js';
import { storeUpload, UploadOut } from './store-upload.js';

const tags = ['files'];
const FileParams = Type.Object({ id: Type.String({ maxLength: 64 }), file: Type.String({ maxLength: 64 }) });
/** Uploads (kept and imported, all or nothing), the file list, downloads, deletion, and CSV export. */
export function fileRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/collectors/:id/upload/',
      {
        config: { auth: 'analyst' },
        schema: {
          operationId: 'uploadFile',
          summary:
            'Upload a host.csv (plain or gzip) or a pcc capture (multipart: file, description); it is kept and its samples imported',
          tags,
          consumes: ['multipart/form-data'],
          params: IdParam,
          response: { 201: UploadOut },
        },
      },
      async (request, reply) => {
        const { tenant, user } = userOf(request);
        const collector = await collectorOr404(tenant, request.params.id);
        return reply.status(201).send(await storeUpload(context, request, tenant, user, () => collector));
      },
    );

    app.get(
      '/api/v1/collectors/:id/files/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listFiles',
          summary: "A collector's uploaded files",
          tags,
          params: IdParam,
          querystring: Type.Object(pageFields),
          response: { 200: Page(FileOut) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const collector = await collectorOr404(tenant, request.params.id);
        const { limit = 50, offset = 0 } = request.query;
        const { uploads, total } = await uploadRepository(tenant).list(collector.id, { limit, offset });
        return pageOf(request, { limit, offset, count: total, results: uploads.map(fileOut) });
      },
    );

    app.get(
      '/api/v1/collectors/:id/files/:file/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'downloadFile',
          summary: 'Download an uploaded file as it was sent',
          tags,
          params: FileParams,
          produces: ['application/octet-stream'],
          response: { 200: FileAnswer('The file as it was uploaded, in its own content type') },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
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
        config: { auth: 'viewer' },
        schema: {
          operationId: 'fileSamplesHeld',
          summary:
            'How many samples this file stored are still kept: what deleting it deletes (samples of the same ' +
            'instants stored by the agent or by another upload are not its own and stay)',
          tags,
          params: FileParams,
          response: { 200: Type.Object({ samples_held: Type.Integer() }) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const uploads = uploadRepository(tenant);
        const upload = await uploadOr404(tenant, request.params);
        return { samples_held: await uploads.samplesHeld(upload) };
      },
    );

    app.delete(
      '/api/v1/collectors/:id/files/:file/',
      {
        config: { auth: 'analyst' },
        schema: {
          operationId: 'deleteFile',
          summary:
            'Delete an uploaded file and the samples it stored, and no others (admins, or the analyst who ' +
            'uploaded it); answers how many samples went',
          tags,
          params: FileParams,
          response: { 200: Type.Object({ samples_deleted: Type.Integer() }) },
        },
      },
      async (request) => {
        const { tenant, user } = userOf(request);
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
        config: { auth: 'viewer' },
        schema: {
          operationId: 'exportHostCsv',
          summary: "A collector's samples as host.csv, for a date range",
          tags,
          params: IdParam,
          querystring: Type.Object({
            start: Type.Optional(Type.String({ format: 'date-time', description: 'Included' })),
            end: Type.Optional(Type.String({ format: 'date-time', description: 'Excluded' })),
          }),
          produces: ['text/csv'],
          response: { 200: FileAnswer('host.csv: a header line, then a line per sample') },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
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
