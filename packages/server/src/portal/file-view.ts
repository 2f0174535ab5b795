import { basename } from 'node:path';
import type { Upload } from '@perfanalysis/storage';
import { Type } from 'typebox';

/** An uploaded file: the project's names, and the user guide's (upload_date, file_size) beside them. */
export const FileOut = Type.Object({
  id: Type.String({ format: 'uuid' }),
  filename: Type.String(),
  description: Type.String(),
  size_bytes: Type.Integer(),
  file_size: Type.Integer({ description: 'The user guide: the same as size_bytes' }),
  uploaded_at: Type.String(),
  upload_date: Type.String({ description: 'The user guide: the same as uploaded_at' }),
  uploaded_by: Type.Union([Type.Integer(), Type.Null()]),
  rows_imported: Type.Integer(),
  first_timestamp: Type.Union([Type.String(), Type.Null()]),
  last_timestamp: Type.Union([Type.String(), Type.Null()]),
  system_info: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: "The machine it came from, as a capture's header says; null for a host.csv",
  }),
});

export const fileOut = (u: Upload) => ({
  id: u.id,
  filename: u.filename,
  description: u.description,
  size_bytes: u.sizeBytes,
  file_size: u.sizeBytes,
  uploaded_at: u.uploadedAt.toISOString(),
  upload_date: u.uploadedAt.toISOString(),
  uploaded_by: u.uploadedBy,
  rows_imported: u.rowsImported,
  first_timestamp: u.firstTs?.toISOString() ?? null,
  last_timestamp: u.lastTs?.toISOString() ?? null,
  system_info: (u.hostInfo as Record<string, unknown> | null) ?? null,
});

/** A file name that is safe in a Content-Disposition header and on any file system. */
export const safeName = (name: string): string =>
  basename(name)
    .replace(/[^\w.\- ]/g, '_')
    .slice(0, 200) || 'upload';
