import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileDeleted, fileDeletionQuestion } from './file-deletion.js';

test('the delete confirmation states the samples that will go, and that no others do', () => {
  assert.equal(
    fileDeletionQuestion('host.csv', 12_345),
    'Delete host.csv? This deletes the 12,345 samples it stored; samples stored by the agent or by other files stay.',
  );
  assert.equal(
    fileDeletionQuestion('again.csv', 0),
    'Delete again.csv? It holds no samples of its own; samples stored by the agent or by other files stay.',
  );
  assert.equal(fileDeleted('one.csv', 1), 'Deleted one.csv and the 1 sample it stored.');
});
