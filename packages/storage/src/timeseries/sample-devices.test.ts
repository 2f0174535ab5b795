import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSample } from '../test-support/sample-fixture.test-support.js';
import { deviceNamesId, sampleDevices } from './sample-devices.js';
import { checkedBatch, insertNewBatches } from './sample-group-insert.js';
import { sampleRepository } from './sample-repository.js';
import { DEVICE_TABLES } from './sample-tables.js';

const T0 = Date.UTC(2026, 10, 1);

/**
 * Plausible doubles whose shortest text is long, tiny, in exponent form or a signed zero: each must come back
 * as the same double.
 */
const ODD = [
  0.1 + 0.2,
  -0,
  5e-324,
  99.99999999999999,
  12_345_678_901 + 0.2,
  1.5e-7,
  2 ** 64,
  123_456_789 + 1 / 3,
];

/**
 * A sample whose devices hold the odd values, missing metrics (an older agent's: trailing and not), and names
 * JSON must escape.
 */
function oddSample(timestamp: number): Sample {
  const s = testSample(timestamp, { cpus: 2, disks: 1, filesystems: 2, containers: 1 });
  const [cpu0, cpu1] = s.cpus as [Sample['cpus'][number], Sample['cpus'][number]];
  const [fs0, fs1] = s.filesystems as [Sample['filesystems'][number], Sample['filesystems'][number]];
  const odd = {
    ...s,
    cpus: [
      { ...cpu0, user: ODD[0] as number, nice: ODD[1] as number, system: null, mhz: null, guest_nice: null },
      { ...cpu1, cpu: 'cpu "1" ✓\n\\', idle: ODD[2] as number, iowait: ODD[3] as number },
    ],
    disks: (s.disks as Sample['disks']).map((d) => ({ ...d, read_bytes: ODD[4] as number, await_ms: null })),
    filesystems: [
      { ...fs0, mount: '/mnt/a, "b"', source: '', used_mb: ODD[5] as number },
      { ...fs1, inodes_total: ODD[6] as number, inodes_used: ODD[7] as number },
    ],
  };
  return odd as unknown as Sample;
}

/** Every device row of a collector through the views, as plain records with the devices' order fixed. */
async function deviceRowsOf(t: TenantHandle, collectorId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const device of DEVICE_TABLES) {
    const rows = await t.query<Record<string, unknown>>(
      `SELECT * FROM ${t.table(device.table)} WHERE collector_id = $1 ORDER BY ts, ${device.names[0]}`,
      [collectorId],
    );
    out[device.table] = rows.map(({ collector_id: _c, ...rest }) => rest);
  }
  return out;
}

/** Equal, and each -0 where the other has -0 (deepEqual alone takes 0 for -0). */
function assertSameValues(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    assert.ok(Object.is(actual, expected), `${path}: ${String(actual)} is not ${String(expected)}`);
    return;
  }
  if (expected !== null && typeof expected === 'object' && !(expected instanceof Date)) {
    assert.deepEqual(Object.keys(actual as object).sort(), Object.keys(expected).sort(), path);
    for (const [k, v] of Object.entries(expected))
      assertSameValues((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  assert.deepEqual(actual, expected, path);
}

test('a set of names has one id, the MD5 of its text, as PostgreSQL writes a UUID', () => {
  assert.equal(deviceNamesId(''), 'd41d8cd9-8f00-b204-e980-0998ecf8427e');
  const a = sampleDevices(testSample(T0, { cpus: 2 }));
  const b = sampleDevices(testSample(T0 + 1000, { cpus: 2 }));
  assert.equal(a.namesId, b.namesId, 'the same devices, the same names row');
  assert.notEqual(a.namesId, sampleDevices(testSample(T0, { cpus: 3 })).namesId);
  assert.deepEqual(sampleDevices(testSample(T0)), {
    namesId: null,
    names: null,
    lists: DEVICE_TABLES.map(() => null),
  });
});

test('a device named twice in one sample is kept once, the first', () => {
  const s = testSample(T0, { cpus: 1 });
  const cpu = s.cpus[0] as Sample['cpus'][number];
  const twice = sampleDevices({ ...s, cpus: [cpu, { ...cpu, user: 1 }] });
  assert.equal(twice.lists[0], sampleDevices(s).lists[0]);
});

forEachDatabase('devices in the samples row', (ctx) => {
  test('odd values and names come back through the views exactly; two collectors share one names row', async () => {
    const db = await ctx.db();
    const t = tenantHandle(db, (await tenantByName(db, 'default')) ?? assert.fail());
    const repo = sampleRepository(t);
    const ids: string[] = [];
    for (const name of ['odd-a', 'odd-b']) {
      const { collector } = await collectorRepository(t).create({ machineName: name });
      ids.push(collector.id);
      await repo.insertSamples(collector.id, [oddSample(T0), oddSample(T0 + 1000), testSample(T0 + 2000)]);
    }
    const rows = await deviceRowsOf(t, ids[0] as string);
    for (const device of DEVICE_TABLES) {
      const expected = [oddSample(T0), oddSample(T0 + 1000)].flatMap((s) =>
        ((s[device.field] ?? []) as readonly Record<string, unknown>[])
          .map(
            (d): Record<string, unknown> => ({
              ts: new Date(s.timestamp),
              ...Object.fromEntries([...device.names, ...device.metrics].map((c) => [c, d[c] ?? null])),
              upload_id: null,
            }),
          )
          .sort((x, y) =>
            String(x[device.names[0] as string]) < String(y[device.names[0] as string]) ? -1 : 1,
          ),
      );
      assertSameValues(rows[device.table], expected, device.table);
    }
    assert.deepEqual(await deviceRowsOf(t, ids[1] as string), rows);
    const [names] = await t.query<{ n: number }>(
      `SELECT count(DISTINCT device_names)::int AS n FROM ${t.table('samples')} WHERE collector_id = ANY($1::uuid[])`,
      [ids],
    );
    assert.equal(names?.n, 1, 'one names row for both collectors; none for the sample without devices');
  });

  test("group commit's samples rows hold their devices as insertSamples' do: the same rows through the views", async () => {
    const db = await ctx.db();
    const t = tenantHandle(db, (await tenantByName(db, 'default')) ?? assert.fail());
    const samples = [oddSample(T0), oddSample(T0 + 1000), testSample(T0 + 2000, { temperatures: 2 })];
    const ids: string[] = [];
    for (const name of ['alone', 'grouped-a', 'grouped-b']) {
      ids.push((await collectorRepository(t).create({ machineName: name })).collector.id);
    }
    const [alone, a, b] = ids as [string, string, string];
    await sampleRepository(t).insertSamples(alone, samples);
    const stored = await insertNewBatches(t, [
      checkedBatch({ collectorId: a, samples }),
      checkedBatch({ collectorId: b, samples }),
    ]);
    assert.equal(stored, 6);
    const expected = await deviceRowsOf(t, alone);
    assert.equal(expected.sample_cpus?.length, 4);
    assertSameValues(await deviceRowsOf(t, a), expected, 'grouped-a');
    assertSameValues(await deviceRowsOf(t, b), expected, 'grouped-b');
  });
});
