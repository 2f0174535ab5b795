import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from './connection.js';
import { claimDataDir, dataDirOwner, ownerRuns } from './data-dir-owner.js';

const scratch = mkdtempSync(join(tmpdir(), 'pa-owner-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('two claims racing for one directory: exactly one wins; released, it can be taken again', async () => {
  const dir = mkdtempSync(join(scratch, 'race-'));
  const claims = await Promise.all([claimDataDir(dir), claimDataDir(dir), claimDataDir(dir)]);
  const won = claims.filter((c) => c !== undefined);
  assert.equal(won.length, 1);
  assert.equal((await dataDirOwner(dir))?.pid, process.pid);
  await won[0]?.release();
  // Where it will share the database is in its first word: a reader never finds "does not share" meanwhile.
  const socket = join(dir, '.s.PGSQL.5432');
  const again = await claimDataDir(dir, socket);
  assert.ok(again, 'free once released');
  assert.equal((await dataDirOwner(dir))?.socket, socket);
  await again.release();
});

test('an owner killed with SIGKILL leaves no lock: the next process takes the directory over', async () => {
  const dir = mkdtempSync(join(scratch, 'killed-'));
  const owner = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { claimDataDir } = await import(${JSON.stringify(new URL('./data-dir-owner.js', import.meta.url).href)});
       const held = await claimDataDir(${JSON.stringify(dir)});
       console.log(held ? 'owner' : 'taken');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = await once(owner.stdout, 'data');
  assert.equal(String(line).trim(), 'owner');
  assert.equal(await claimDataDir(dir), undefined, 'held while its owner lives');
  const alive = await dataDirOwner(dir);
  assert.equal(alive?.pid, owner.pid);
  assert.ok(alive && ownerRuns(alive));
  owner.kill('SIGKILL');
  await once(owner, 'exit');
  // Its file stays behind, and says nothing once its process has gone (the next owner has not written yet).
  assert.deepEqual(await dataDirOwner(dir), alive);
  assert.equal(ownerRuns(alive), false);
  assert.ok(ownerRuns({ ...alive, hostname: `not-${alive.hostname}` }), "another machine's: its word");
  const taken = await claimDataDir(dir);
  assert.ok(taken, 'taken over');
  assert.equal((await dataDirOwner(dir))?.pid, process.pid);
  await taken.release();
});

test('PGlite is never opened twice: a second open is refused, naming the owner, when it does not share', async () => {
  const dataDir = join(scratch, 'unshared', 'pglite');
  const first = await openDatabase({ dataDir });
  try {
    await assert.rejects(openDatabase({ dataDir }), (error: Error) => {
      assert.match(
        error.message,
        new RegExp(`in use by process ${process.pid} on .*, which does not share it with other processes`),
      );
      return true;
    });
    assert.deepEqual(await first.query('SELECT 1 AS one'), [{ one: 1 }], 'the owner is unharmed');
  } finally {
    await first.close();
  }
});
