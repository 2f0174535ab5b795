import {
  ConflictError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  ImplausibleValueError,
  InvalidNameError,
} from '@perfanalysis/storage';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, type ErrorCode } from '../errors.js';

/** When a client should come back after a 503 (pcc keeps the batch and waits this long). */
export const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = {
  DATABASE_BUSY: 2,
  DATABASE_UNAVAILABLE: 5,
  // An agent sends every 5 s: it skips a round and sends both then, which costs the server less a sample.
  INGEST_BUSY: 5,
};

/**
 * Answers every failure with the catalogue's JSON shape and status: validation and parsing errors are 400,
 * oversized bodies 413, an unreachable database or a pool with no connection free in time 503 with
 * Retry-After. Nothing a client sends can produce a stack trace; an unexpected error is logged and answered
 * with a plain 500.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error);
    const retryAfter = RETRY_AFTER_SECONDS[apiError.code];
    if (retryAfter === undefined && apiError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
    return reply.status(apiError.status).send(apiError.toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`);
    return reply.status(404).send(error.toJSON());
  });
}

function toApiError(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DatabaseUnavailableError) return new ApiError('DATABASE_UNAVAILABLE');
  if (error instanceof DatabaseBusyError) return new ApiError('DATABASE_BUSY');
  if (error instanceof InvalidNameError || error instanceof ImplausibleValueError) {
    return new ApiError('INVALID_BODY', error.message);
  }
  if (error instanceof ConflictError) return new ApiError('CONFLICT', error.message);
  if (error.validation) {
    const where = error.validationContext ?? 'request';
    return new ApiError('INVALID_BODY', `${where}: ${describeValidation(error)}`);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('UNSUPPORTED_MEDIA_TYPE', error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('BAD_REQUEST', 'The body is not valid JSON');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError('BAD_REQUEST', error.message);
  }
  return new ApiError('INTERNAL');
}

function describeValidation(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  const path = (first as { instancePath?: string }).instancePath || '/';
  return `${path} ${first.message ?? 'is not valid'}`;
}
