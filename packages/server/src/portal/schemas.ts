import type { Readable } from 'node:stream';
import type { User } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { ERRORS, type ErrorCode } from '../errors.js';

/** Schemas shared by several portal routes. */
export const Role = Type.Union([Type.Literal('admin'), Type.Literal('analyst'), Type.Literal('viewer')], {
  description: 'admin (everything), analyst (view, analyse, upload) or viewer (read only)',
});
export const Username = Type.String({ minLength: 1, maxLength: 150, pattern: '^[A-Za-z0-9_.@+-]+$' });
export const Password = Type.String({ minLength: 8, maxLength: 1024 });
export const Email = Type.String({ maxLength: 254 });

export const UserOut = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  email: Type.String(),
  role: Role,
  tenant: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
});

/** An answer that is a file rather than JSON: its content type is the route's `produces`. */
export const FileAnswer = (description: string) =>
  Type.Unsafe<string | Uint8Array | Readable>({ type: 'string', format: 'binary', description });

export const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
/**
 * A row's id in a path (a user, an API key): decimal digits only (no sign, point, exponent or
 * hex, so 68.9, 0x44 and +68 are not 68), below 10^15: within bigint, and read exactly as a number.
 */
export const RowId = Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'A positive integer id' });
/** The largest offset a list takes: beyond it, nothing is left to list (and bigint would overflow). */
const MAX_OFFSET = Number.MAX_SAFE_INTEGER;
/** Pagination query fields, to spread into a querystring schema. */
export const pageFields = {
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, description: 'At most this many (default 50)' }),
  ),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, description: 'Skip this many' })),
};

/** Every error's answer: a code of the catalogue (errors.ts), a message for people, the HTTP status. */
export const ErrorOut = Type.Object({
  error: Type.Object({
    code: Type.Union(Object.keys(ERRORS).map((code) => Type.Literal(code as ErrorCode))),
    message: Type.String(),
    status: Type.Integer(),
  }),
});

export function userOut(user: User, tenant: string) {
  return {
    id: user.id,
    username: user.username,
    email: user.email ?? '',
    role: user.role,
    tenant,
    created_at: user.createdAt.toISOString(),
  };
}
