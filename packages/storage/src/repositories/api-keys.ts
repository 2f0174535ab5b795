import { createHash, randomBytes } from 'node:crypto';

/** Shown with a collector so that people can tell keys apart; never enough to use one. */
export const API_KEY_PREFIX_LENGTH = 8;

/** A new API key: 32 random bytes, base64url (43 characters, safe in headers and environment variables). */
export function generateApiKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a key: its SHA-256, hex. A key is 256 random bits, so a fast hash is enough (no
 * password stretching needed), and lookups by hash can use an index.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX_LENGTH);
}
