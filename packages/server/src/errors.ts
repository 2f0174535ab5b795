/**
 * The error catalogue: every failure the API reports, with a stable code, its HTTP status and a message for
 * people. Every error answer has the same shape: `{ "error": { "code", "message", "status" } }`.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is malformed' },
  INVALID_BODY: { status: 400, message: 'The request body is not valid' },
  UNAUTHORIZED: { status: 401, message: 'Authentication is required' },
  INVALID_API_KEY: { status: 401, message: 'The API key is missing, malformed or unknown' },
  INVALID_CREDENTIALS: { status: 401, message: 'Wrong username or password' },
  INVALID_TOKEN: { status: 401, message: 'The token is invalid or has expired' },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this' },
  WRONG_TENANT: { status: 403, message: 'These credentials belong to another tenant' },
  NOT_FOUND: { status: 404, message: 'Not found' },
  UNKNOWN_TENANT: { status: 404, message: 'No tenant is served at this address' },
  CONFLICT: { status: 409, message: 'That already exists' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Unsupported content type or encoding' },
  TOO_MANY_ATTEMPTS: { status: 429, message: 'Too many failed attempts; wait a little' },
  INTERNAL: { status: 500, message: 'Something went wrong on the server' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database is unavailable; try again shortly' },
  DATABASE_BUSY: {
    status: 503,
    message: 'Every database connection of this server is in use; try again after Retry-After seconds',
  },
  INGEST_BUSY: {
    status: 503,
    message:
      'This server has more batches in hand than it can store soon; send again after Retry-After seconds',
  },
  PDF_UNAVAILABLE: {
    status: 503,
    message: 'This server has no headless Chromium to print PDFs (its administrator can install chromium)',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  /** `detail` replaces the catalogue's message when it says more precisely what is wrong. */
  constructor(code: ErrorCode, detail?: string) {
    super(detail ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
  }

  toJSON(): { error: { code: ErrorCode; message: string; status: number } } {
    return { error: { code: this.code, message: this.message, status: this.status } };
  }
}
