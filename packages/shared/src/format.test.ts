import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes } from './format.js';

test('bytes are shown with binary prefixes', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.5 KiB');
  assert.equal(formatBytes(12.3 * 1024 * 1024), '12.3 MiB');
  assert.equal(formatBytes(300 * 1024 ** 3), '300 GiB');
});
