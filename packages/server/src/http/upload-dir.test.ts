import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { removeAbandonedUploadDirs, uploadDir } from './upload-dir.js';
import { uploadingProcess } from './upload-dir.test-support.js';

const root = mkdtempSync(join(tmpdir(), 'pa-upload-dirs-'));
after(() => rmSync(root, { recursive: true, force: true }));

test("the upload directories of stopped processes are removed, a running process's and this one's kept", async () => {
  const crashed = await uploadingProcess(root, 'crashed');
  const running = await uploadingProcess(root, 'running');
  try {
    const samePidBefore = join(root, `perfanalysis-uploads-${process.pid}-0badc0de`);
    mkdirSync(samePidBefore);
    const own = await uploadDir(root);
    const removed = await removeAbandonedUploadDirs(root);
    assert.deepEqual(removed.sort(), [crashed.dir, samePidBefore].sort());
    assert.ok(existsSync(join(running.dir, 'partial-upload')), 'the running process keeps its upload');
    assert.ok(existsSync(own));
  } finally {
    running.child.kill();
  }
});
