declare const quoted: unique symbol;

/** An SQL identifier or schema-qualified name, already quoted: the only kind of name SQL text may embed. */
export type QuotedName = string & { readonly [quoted]: true };

/** PostgreSQL truncates longer identifiers silently, which could make two names one. */
const MAX_IDENTIFIER_BYTES = 63;

/**
 * Quotes an identifier as PostgreSQL's quote_ident does, always: double quotes around it, inner quotes doubled.
 * Rejects what no quoting makes safe or faithful: empty names, NUL bytes and names longer than 63 bytes.
 */
export function quoteIdent(name: string): QuotedName {
  if (name.length === 0) throw new TypeError('an SQL identifier cannot be empty');
  if (name.includes('\0')) throw new TypeError('an SQL identifier cannot contain NUL');
  if (Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES) {
    throw new TypeError(`SQL identifier longer than ${MAX_IDENTIFIER_BYTES} bytes: ${JSON.stringify(name)}`);
  }
  return `"${name.replaceAll('"', '""')}"` as QuotedName;
}

/** `"schema"."table"`. */
export function qualify(schema: string, table: string): QuotedName {
  return `${quoteIdent(schema)}.${quoteIdent(table)}` as QuotedName;
}

/** A quoted, comma-separated column list. */
export function columnList(columns: readonly string[]): string {
  return columns.map(quoteIdent).join(', ');
}
