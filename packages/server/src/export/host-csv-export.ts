import { HOST_CSV_COLUMNS, hostCsvLine } from '@perfanalysis/shared';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';

const LINES_PER_CHUNK = 2000;

/** A collector's samples in [from, to) as host.csv text, in chunks, streamed from the database page by page. */
export async function* hostCsvChunks(
  tenant: TenantHandle,
  collectorId: string,
  from?: Date,
  to?: Date,
): AsyncGenerator<string> {
  let chunk = `${HOST_CSV_COLUMNS.join(',')}\n`;
  let lines = 0;
  for await (const row of sampleRepository(tenant).sampleRange(collectorId, from, to)) {
    chunk += hostCsvLine(row);
    if (++lines % LINES_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
