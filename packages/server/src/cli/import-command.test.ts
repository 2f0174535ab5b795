import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { perfanalysis } from './cli.test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-import-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = fileURLToPath(
  new URL('../../testdata/collector-json/user-guide-example.json', import.meta.url),
);

const importInto = (file: string, collector: string) =>
  perfanalysis([
    'import-performance',
    '--file',
    file,
    '--collector-name',
    collector,
    '--site-name',
    'legacy',
    '--data-dir',
    join(dir, 'data'),
  ]);

test("import-performance takes the original collector's JSON; a wrong shape is one clear line", async () => {
  const imported = await importInto(EXAMPLE, 'web-server-01');
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /^Imported 1 rows into web-server-01 .*: 1 stored, 0 already there/);
  const again = await importInto(EXAMPLE, 'web-server-01');
  assert.match(again.out, /: 0 stored, 1 already there/);

  const wrong = join(dir, 'wrong.json');
  writeFileSync(wrong, JSON.stringify({ timestamp: 1704398400, disks: [{ device: 'sda' }] }));
  const refused = await importInto(wrong, 'web-server-02');
  assert.notEqual(refused.code, 0);
  assert.match(
    refused.err,
    /wrong\.json: the collector's JSON: record 1: "disks\[0\]" needs read_bytes and write_bytes/,
  );
});
