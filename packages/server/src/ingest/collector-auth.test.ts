import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  collectorRepository,
  type Database,
  hashApiKey,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { CollectorAuthCache, KEY_VERSION_TRUSTED_MS } from './collector-auth.js';

/** The database, its statements counted. */
function counted(db: Database): { db: Database; statements: () => number } {
  let statements = 0;
  const proxy = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'query' || property === 'execute' || property === 'exec')
        return (...args: unknown[]) => {
          statements += 1;
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { db: proxy, statements: () => statements };
}

const rejectsAs401 = (promise: Promise<unknown>) =>
  assert.rejects(promise, (error: unknown) => error instanceof ApiError && error.code === 'INVALID_API_KEY');

forEachDatabase('collector key cache', (ctx) => {
  let db: Database;
  let tenant: TenantHandle;
  let app: FastifyInstance;

  before(async () => {
    db = await ctx.db();
    const found = await tenantByName(db, 'default');
    assert.ok(found);
    tenant = tenantHandle(db, found);
    app = await buildApp({ db, bodyLimitBytes: 256 * 1024 }, { role: 'ingest' });
  });
  after(() => app.close());

  const create = async (machineName: string) => {
    const { collector, apiKey } = await collectorRepository(tenant).create({ machineName });
    return { id: collector.id, key: qualifiedKey('default', apiKey) };
  };

  test('a key seen once costs no statement until its tenant key version is due again', async () => {
    const a = await create('cache-a');
    const b = await create('cache-b');
    const { db: countedDb, statements } = counted(db);
    let clock = 0;
    const cache = new CollectorAuthCache(countedDb, () => clock);
    assert.equal((await cache.authenticate(a.key)).collector.id, a.id);
    assert.equal((await cache.authenticate(b.key)).collector.id, b.id);
    const afterFirst = statements();
    for (let i = 0; i < 10; i += 1) {
      assert.equal((await cache.authenticate(a.key)).collector.id, a.id);
      assert.equal((await cache.authenticate(b.key)).collector.id, b.id);
    }
    assert.equal(statements(), afterFirst, 'no statement for keys already seen');
    clock += KEY_VERSION_TRUSTED_MS;
    await cache.authenticate(a.key);
    await cache.authenticate(b.key);
    assert.equal(statements(), afterFirst + 1, 'one version read for the tenant, not one a key');
  });

  test('a key replaced or a collector deleted in this process stops working at once, in every cache', async () => {
    const a = await create('local-a');
    const b = await create('local-b');
    const clock = () => 0; // frozen: only the change made here can make them look again
    const ingest1 = new CollectorAuthCache(db, clock);
    const ingest2 = new CollectorAuthCache(db, clock);
    for (const cache of [ingest1, ingest2]) {
      await cache.authenticate(a.key);
      await cache.authenticate(b.key);
    }
    const rotated = await collectorRepository(tenant).regenerateKey(a.id);
    assert.ok(rotated);
    const newKey = qualifiedKey('default', rotated.apiKey);
    for (const cache of [ingest1, ingest2]) {
      await rejectsAs401(cache.authenticate(a.key));
      assert.equal((await cache.authenticate(newKey)).collector.id, a.id);
      assert.equal((await cache.authenticate(b.key)).collector.id, b.id, 'the other collector is untouched');
    }
    assert.ok(await collectorRepository(tenant).delete(b.id));
    for (const cache of [ingest1, ingest2]) {
      await rejectsAs401(cache.authenticate(b.key));
      assert.equal((await cache.authenticate(newKey)).collector.id, a.id);
    }
  });

  test('a key replaced by another process stops working once the version is due (KEY_VERSION_TRUSTED_MS)', async () => {
    const a = await create('remote-a');
    const b = await create('remote-b');
    let clock = 0;
    const cache = new CollectorAuthCache(db, () => clock);
    await cache.authenticate(a.key);
    await cache.authenticate(b.key);
    // What another server on the same database does: the row changes, this process is not told.
    await tenant.execute(`UPDATE ${tenant.table('collectors')} SET api_key_hash = $2 WHERE id = $1`, [
      a.id,
      hashApiKey('another key'),
    ]);
    await tenant.execute(`DELETE FROM ${tenant.table('collectors')} WHERE id = $1`, [b.id]);
    clock += KEY_VERSION_TRUSTED_MS - 1;
    assert.equal((await cache.authenticate(a.key)).collector.id, a.id, 'within the bound, as documented');
    clock += 1;
    await rejectsAs401(cache.authenticate(a.key));
    await rejectsAs401(cache.authenticate(b.key));
  });

  test('an unknown key, tenant or malformed key is 401 and is not kept', async () => {
    const cache = new CollectorAuthCache(db, () => 0);
    await rejectsAs401(cache.authenticate(undefined));
    await rejectsAs401(cache.authenticate('no-dot'));
    await rejectsAs401(cache.authenticate('nosuchtenant.abc'));
    await rejectsAs401(cache.authenticate('Bad Name.abc'));
    const later = await collectorRepository(tenant).create({ machineName: 'later' });
    await rejectsAs401(cache.authenticate(qualifiedKey('default', `${later.apiKey}x`)));
    assert.equal(
      (await cache.authenticate(qualifiedKey('default', later.apiKey))).collector.id,
      later.collector.id,
    );
  });

  test('over HTTP: a key rotated while its agent and another agent send is refused from the next batch on', async () => {
    const a = await create('sender-a');
    const b = await create('sender-b');
    let ts = Date.UTC(2026, 2, 1);
    const send = (key: string) => {
      ts += 1000;
      return app.inject({
        method: 'POST',
        url: '/api/v1/metrics/',
        headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ samples: [{ timestamp: ts, interval: 1, cpu_user: 5, cpu_idle: 95 }] }),
      });
    };
    let rotatedKey: string | undefined;
    let stop = false;
    // B sends all along; A sends with its old key until the rotation is done.
    const bStatuses: number[] = [];
    const bSending = (async () => {
      while (!stop) bStatuses.push((await send(b.key)).statusCode);
    })();
    for (let i = 0; i < 3; i += 1) assert.equal((await send(a.key)).statusCode, 200);
    const [rotation, during] = await Promise.all([
      collectorRepository(tenant).regenerateKey(a.id),
      send(a.key),
    ]);
    assert.ok(rotation);
    assert.ok([200, 401].includes(during.statusCode), `while rotating: ${during.statusCode}`);
    rotatedKey = qualifiedKey('default', rotation.apiKey);
    for (let i = 0; i < 3; i += 1) {
      const old = await send(a.key);
      assert.equal(old.statusCode, 401, old.body);
      assert.equal(old.json().error.code, 'INVALID_API_KEY');
      assert.equal((await send(rotatedKey)).statusCode, 200);
    }
    stop = true;
    await bSending;
    assert.ok(bStatuses.length > 0);
    assert.deepEqual(
      bStatuses.filter((s) => s !== 200),
      [],
      'the other agent is never refused',
    );
  });
});
