import { createWriteStream, type WriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';

/** The form fields an upload may carry besides its file. */
export const UPLOAD_FIELDS = 10;

/** An upload received: its file on disk, as the client named it, and the form's other fields. */
export interface ReceivedUpload {
  readonly filename: string;
  readonly contentType: string;
  /** The form fields by name (the last one of a repeated name). */
  readonly fields: ReadonlyMap<string, string>;
}

/** Lets multipart/form-data bodies reach their route unread: `receiveUpload` reads them there. */
export function acceptMultipartBodies(app: FastifyInstance): void {
  app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
}

/**
 * Reads a multipart/form-data body whose one file, in the part named `file`, is written to `path`. It ends,
 * whatever the client sends or does: with the fields once the closing boundary is read and the file is on
 * disk, or with an ApiError naming what is wrong (no boundary, too many fields, a second file, a file over
 * `fileLimitBytes`, a body that ends before its closing boundary, a client that went away). When it throws,
 * the file is closed (not removed: `path` is the caller's) and the rest of the body is read and dropped, so
 * the answer reaches a client still sending; the server's request timeout bounds how long that may take.
 */
export async function receiveUpload(
  request: FastifyRequest,
  path: string,
  fileLimitBytes: number,
): Promise<ReceivedUpload> {
  const raw = request.raw;
  let parser: BusboyInstance;
  try {
    parser = new Busboy({
      headers: raw.headers as BusboyHeaders,
      limits: { fileSize: fileLimitBytes, files: 1, fields: UPLOAD_FIELDS, fieldSize: 64 * 1024 },
    });
  } catch (error) {
    throw new ApiError('BAD_REQUEST', notMultipart(error));
  }
  const fields = new Map<string, string>();
  let file: { filename: string; contentType: string; out: WriteStream } | undefined;
  let abandon: (() => void) | undefined;
  const received = new Promise<void>((resolve, reject) => {
    const fail = (code: 'BAD_REQUEST' | 'BODY_TOO_LARGE', message: string) =>
      reject(new ApiError(code, message));
    let written: Promise<void> = Promise.resolve();
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, filename, _encoding, contentType) => {
      if (name !== 'file' || file) {
        stream.resume();
        fail('BAD_REQUEST', 'Send one file, in the "file" part');
        return;
      }
      stream.on('limit', () =>
        fail('BODY_TOO_LARGE', `The file is larger than the upload limit (${fileLimitBytes} bytes)`),
      );
      const out = createWriteStream(path);
      file = { filename, contentType, out };
      abandon = () => stream.destroy();
      written = pipeline(stream, out);
      written.catch(reject);
    });
    parser.on('fieldsLimit', () =>
      fail(
        'BAD_REQUEST',
        `The form has more than ${UPLOAD_FIELDS} fields: send "description" and the "file"`,
      ),
    );
    parser.on('filesLimit', () => fail('BAD_REQUEST', 'Send one file, in the "file" part'));
    parser.on('error', (error: unknown) => fail('BAD_REQUEST', malformed(error)));
    parser.on('finish', () => written.then(resolve, reject));
    const aborted = () => fail('BAD_REQUEST', 'The client closed the connection before the end of the body');
    raw.on('close', () => {
      if (!raw.complete && !raw.readableEnded) aborted();
    });
    raw.on('error', aborted);
    if (raw.destroyed) aborted();
    else raw.pipe(parser);
  });
  try {
    await received;
  } catch (error) {
    raw.unpipe(parser);
    raw.resume();
    abandon?.();
    if (file && !file.out.closed) {
      const { out } = file;
      await new Promise<void>((closed) => out.destroy().once('close', () => closed()));
    }
    throw error;
  }
  if (!file) throw new ApiError('BAD_REQUEST', 'No file: send it in the "file" part');
  return { filename: file.filename, contentType: file.contentType, fields };
}

function notMultipart(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /boundary/i.test(message)
    ? 'The Content-Type has no boundary: send multipart/form-data; boundary=…'
    : `Not a multipart/form-data body: ${message}`;
}

function malformed(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === 'Unexpected end of multipart data'
    ? 'The body ends before the closing boundary of the multipart form'
    : `The multipart form is malformed: ${message}`;
}
