import { isCaptureFile } from '@perfanalysis/pcprocess';
import { collectorRepository, type TenantHandle } from '@perfanalysis/storage';
import { importCapture } from './import-capture.js';
import { importCollectorJson, readCollectorJson } from './import-collector-json.js';
import { type ImportOptions, type ImportResult, importHostCsv } from './import-host-csv.js';

export { isCaptureFile };

/** Imports a file of any kind (told, or known by its name and, for JSON, its content) into a collector, all or nothing. */
export async function importFile(
  tenant: TenantHandle,
  collectorId: string,
  file: string,
  {
    kind = isCaptureFile(file) ? 'capture' : 'csv',
    ...options
  }: ImportOptions & {
    readonly kind?: 'capture' | 'csv';
  } = {},
): Promise<ImportResult> {
  if (kind === 'csv') return importHostCsv(tenant, collectorId, file, options);
  // A JSON file is a pcc capture, or the records of the original collector (the user guide's example format).
  const records = await readCollectorJson(file);
  return records === undefined
    ? importCapture(tenant, collectorId, file, options)
    : importCollectorJson(tenant, collectorId, file, records, options);
}

/** The collector of that machine name in that site, created when there is none. */
export async function collectorNamed(
  tenant: TenantHandle,
  machineName: string,
  siteName: string,
): Promise<{ id: string; created: boolean }> {
  const collectors = collectorRepository(tenant);
  const { collectors: inSite } = await collectors.list({ site: siteName, limit: 100_000 });
  const existing = inSite.find((c) => c.machineName === machineName);
  if (existing) return { id: existing.id, created: false };
  const { collector } = await collectors.create({ machineName, siteName });
  return { id: collector.id, created: true };
}
