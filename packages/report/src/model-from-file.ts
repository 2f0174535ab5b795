import { basename } from 'node:path';
import { isCaptureFile } from '@perfanalysis/pcprocess';
import type { ReportModel } from './model.js';
import { ReportRows } from './model-from-rows.js';
import { readCapture } from './read-capture.js';
import { type ReadProgress, readHostCsv } from './read-host-csv.js';

/**
 * The report of a file copied off a machine, with no database and no server: a host.csv (plain or gzip), or a
 * pcc capture file (`.json`, `.jsonl`, optionally `.gz`), whose header also tells who the machine is.
 */
export async function reportFromFile(file: string, onProgress?: ReadProgress): Promise<ReportModel> {
  const source = basename(file);
  if (isCaptureFile(file)) {
    const rows = new ReportRows();
    const host = await readCapture(file, rows, onProgress);
    const os = [host.os_name, host.os_version].filter((s) => s !== '').join(' ');
    return rows.model(
      {
        name: host.hostname,
        site: null,
        os: os === '' ? null : os,
        kernel: host.kernel || null,
        cpuModel: host.cpu_model || null,
        cpuCount: host.cpu_count,
        memoryMb: host.mem_total_mb,
      },
      source,
    );
  }
  const rows = new ReportRows();
  await readHostCsv(file, rows, onProgress);
  const name = source.replace(/\.gz$/, '').replace(/\.csv$/, '');
  const host = { name, site: null, os: null, kernel: null, cpuModel: null, cpuCount: null, memoryMb: null };
  return rows.model(host, source);
}
