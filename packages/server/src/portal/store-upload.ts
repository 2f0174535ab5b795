import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Collector,
  collectorRepository,
  type TenantHandle,
  type User,
  uploadRepository,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { receiveUpload } from '../http/multipart-upload.js';
import { uploadDir } from '../http/upload-dir.js';
import { ImportError } from '../import/import-error.js';
import { importFile, isCaptureFile } from '../import/import-file.js';
import { FileOut, fileOut, safeName } from './file-view.js';

/** What an upload answers: the file as the user guide prints it (id, filename, upload_date, file_size…). */
export const UploadOut = Type.Object({
  ...FileOut.properties,
  stored: Type.Integer({ description: 'Samples stored' }),
  duplicates: Type.Integer({ description: 'Samples already held for those instants, left as they were' }),
});

/**
 * Receives a multipart upload (a "file", a "description" and other fields), keeps the file and imports its
 * samples into the collector `collectorFor` names from the form's fields: all of it, or nothing.
 */
export async function storeUpload(
  context: ServerContext,
  request: FastifyRequest,
  tenant: TenantHandle,
  user: User,
  collectorFor: (fields: ReadonlyMap<string, string>) => Collector | Promise<Collector>,
) {
  if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? ''))
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send multipart/form-data with a "file" part');
  const path = join(await uploadDir(), randomUUID());
  let filename: string | undefined;
  try {
    const received = await receiveUpload(request, path, context.uploadLimitBytes ?? 1024 ** 3);
    const collector = await collectorFor(received.fields);
    const name = safeName(received.filename);
    filename = name;
    const contentType = received.contentType;
    const description = (received.fields.get('description') ?? '').slice(0, 1000);
    // The kept file and its samples go in together, or not at all.
    return await tenant.transaction(async (tx) => {
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
      const span = { rows: imported.stored, firstTs: imported.firstTs, lastTs: imported.lastTs };
      await uploads.recordImport(created.id, { ...span, hostInfo: imported.hostInfo });
      // A capture's header tells the machine: the collector's system, while no agent reports for it.
      if (imported.hostInfo)
        await collectorRepository(tx).recordCapturedHostInfo(collector.id, imported.hostInfo);
      const upload = {
        ...created,
        rowsImported: span.rows,
        firstTs: span.firstTs,
        lastTs: span.lastTs,
        hostInfo: imported.hostInfo ?? null,
      };
      return { ...fileOut(upload), stored: imported.stored, duplicates: imported.duplicates };
    });
  } catch (error) {
    if (error instanceof ImportError)
      throw new ApiError('INVALID_BODY', error.describe(filename ?? 'the file'));
    throw error;
  } finally {
    await rm(path, { force: true });
  }
}
