import { type Sample, sampleProblem } from '@perfanalysis/shared';
import { concatCopies } from '../database/copy-binary.js';
import { ImplausibleValueError } from '../database/errors.js';
import { markSamplesChanged } from '../repositories/collector-repository.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { RollupBuilder } from './rollup-builder.js';
import { addToRollupsOfMany } from './rollup-maintenance.js';
import { hostRowsCopy, hostValuesFor, hostValuesOf } from './sample-copy.js';
import { type SampleDevices, sampleDevices, storeDeviceNames } from './sample-devices.js';
import { HOST_INSERT_COLUMNS } from './sample-tables.js';
import { assertCollectorId } from './time-range.js';

/** One collector's batch of live samples. */
export interface CollectorBatch {
  readonly collectorId: string;
  readonly samples: readonly Sample[];
}

declare const checked: unique symbol;

/** A batch checkedBatch found storable: insertNewBatches stores it without looking again. */
export type CheckedBatch = CollectorBatch & { readonly [checked]: true };

/**
 * The batch, once its collector id is one and every value is plausible; else throws what insertSamples would
 * (TypeError, ImplausibleValueError). Check each batch before it joins a group, so that one bad batch fails
 * alone.
 */
export function checkedBatch(batch: CollectorBatch): CheckedBatch {
  assertCollectorId(batch.collectorId);
  for (const sample of batch.samples) {
    const problem = sampleProblem(sample);
    if (problem !== undefined) throw new ImplausibleValueError(problem);
  }
  return batch as CheckedBatch;
}

/**
 * Stores the new live samples of several collectors (one batch each, every collector once) in one transaction:
 * the device names none stored yet (one statement), one COPY into samples for all of them (each row with its
 * devices), one call keeping their rollups (rollups_add_many), and one statement that marks their samples
 * changed and their collectors seen. All or nothing: any sample already stored (a resent batch) fails the whole group
 * with a unique violation, and the caller then stores the batches one by one with insertSamples, which skips
 * duplicates. Rollups are kept collector by collector in id order, so that two groups sharing collectors
 * (two ingest processes) take their rollup locks in the same order and never deadlock.
 */
export async function insertNewBatches(t: TenantHandle, batches: readonly CheckedBatch[]): Promise<number> {
  const ordered = [...batches]
    .filter((b) => b.samples.length > 0)
    .sort((a, b) => (a.collectorId < b.collectorId ? -1 : 1));
  if (ordered.length === 0) return 0;
  const hostCopies: Uint8Array[] = [];
  const allDevices: SampleDevices[] = [];
  const rollups: RollupBuilder[] = [];
  for (const { collectorId, samples } of ordered) {
    // Their own small arrays: the rollup builder keeps them until the transaction is over.
    const values = hostValuesFor(samples.length);
    hostValuesOf(samples, values);
    const devices = samples.map(sampleDevices);
    allDevices.push(...devices);
    hostCopies.push(hostRowsCopy(collectorId, values, devices, null));
    const rollup = new RollupBuilder();
    rollup.addColumns(values);
    rollups.push(rollup);
  }
  return t.transaction(async (tx) => {
    await storeDeviceNames(tx, allDevices);
    const stored = await tx.copyFromBinary(
      tx.table('samples'),
      HOST_INSERT_COLUMNS,
      concatCopies(hostCopies),
    );
    await addToRollupsOfMany(
      tx,
      ordered.map(({ collectorId }, i) => ({ collectorId, builder: rollups[i] as RollupBuilder })),
    );
    await markSamplesChanged(
      tx,
      ordered.map((b) => b.collectorId),
      { seen: true },
    );
    return stored;
  });
}

/**
 * The collectors of these batches that already have one of their samples stored (a resent batch): those are
 * better stored alone, with insertSamples, than failing a group. One query for all.
 */
export async function collectorsResending(
  t: TenantHandle,
  batches: readonly CollectorBatch[],
): Promise<Set<string>> {
  const ids: string[] = [];
  const times: string[] = [];
  for (const { collectorId, samples } of batches) {
    for (const sample of samples) {
      ids.push(collectorId);
      times.push(new Date(sample.timestamp).toISOString());
    }
  }
  if (ids.length === 0) return new Set();
  const rows = await t.query<{ collector_id: string }>(
    `SELECT DISTINCT s.collector_id FROM unnest($1::uuid[], $2::timestamptz[]) AS k (collector_id, ts)
     JOIN ${t.table('samples')} s ON s.collector_id = k.collector_id AND s.ts = k.ts`,
    [ids, times],
  );
  return new Set(rows.map((r) => r.collector_id));
}
