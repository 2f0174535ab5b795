import type { components, operations } from './api-types.js';

export type { components, operations, paths } from './api-types.js';

type JsonOf<R> = R extends { readonly content: { readonly 'application/json': infer T } } ? T : never;

/** The JSON answer of an API operation (by its operationId) at a status: 200 unless told. */
export type ApiAnswer<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'] = 200 & keyof operations[Op]['responses'],
> = JsonOf<operations[Op]['responses'][Status]>;

/** The JSON body an API operation takes. */
export type ApiBody<Op extends keyof operations> = operations[Op] extends {
  readonly requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

/** The error every API operation answers with: `{ error: { code, message, status } }`. */
export type ApiError = components['schemas']['ApiError'];
