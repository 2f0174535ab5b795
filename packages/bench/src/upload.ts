import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import { type Benchmark, row } from './benchmark.js';
import { withTempDir } from './cleanup.js';
import { expectStatus, send } from './http-client.js';
import { rawCopySeconds, writeHostCsv } from './import.js';
import { startServer } from './server-process.js';

/** Rows of a host.csv a little over 10 MB. */
const ROWS = 42_000;
const BOUNDARY = 'perfanalysis-bench-boundary';

/** A multipart/form-data body with the file and a description, as the portal's upload form sends it. */
function multipartBody(file: Buffer): Buffer {
  const head =
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="description"\r\n\r\nbench upload\r\n` +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="host.csv"\r\n` +
    'Content-Type: text/csv\r\n\r\n';
  return Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

/**
 * Uploading a 10 MB host.csv to the portal (`POST /api/v1/collectors/{id}/upload/`, the real server as a
 * child process on PostgreSQL): from the first byte sent to the answer, the file stored for download and its
 * samples imported. Target: under a second. Baseline: a raw COPY of the same rows, in the same database.
 */
export const uploadBenchmark: Benchmark = {
  name: 'upload',
  async run() {
    return withTempDir('upload', async (dir) => {
      const file = join(dir, 'host.csv');
      const start = Math.floor(Date.now() / 1000) * 1000 - 60_000 - ROWS * 1000;
      const bytes = writeHostCsv(file, start, ROWS);
      return withBenchDatabase(async (url) => {
        const { db, tenant } = await openMigrated({ url });
        let ids: string[];
        let copySeconds: number;
        try {
          ids = (await createCollectors(tenant, 'bench-upload', 2)).map((c) => c.id);
          copySeconds = await rawCopySeconds(tenant, ids[0] ?? '', start, ROWS);
        } finally {
          await db.close();
        }
        const server = await startServer('portal', { url });
        const agent = new Agent({ keepAlive: true });
        try {
          const host = `localhost:${server.port}`;
          const signUp = await send(agent, server.port, {
            method: 'POST',
            path: '/api/v1/auth/signup/',
            headers: { 'content-type': 'application/json', host },
            body: JSON.stringify({ username: 'bench-admin', password: 'bench-password-1' }),
          });
          const { access } = JSON.parse(expectStatus(signUp, 201, 'sign-up').toString('utf8')) as {
            access: string;
          };
          const upload = await send(agent, server.port, {
            method: 'POST',
            path: `/api/v1/collectors/${ids[1]}/upload/`,
            headers: {
              authorization: `Bearer ${access}`,
              host,
              'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
            },
            body: multipartBody(readFileSync(file)),
          });
          const { stored } = JSON.parse(expectStatus(upload, 201, 'upload').toString('utf8')) as {
            stored: number;
          };
          if (stored !== ROWS) throw new Error(`the upload stored ${stored} rows, not ${ROWS}`);
          return [
            row({
              name: `upload of a ${(bytes / 1e6).toFixed(1)} MB host.csv (${ROWS.toLocaleString('en-US')} rows), stored and imported [PostgreSQL] vs raw COPY of its rows`,
              value: upload.ms / 1000,
              unit: 's',
              baseline: copySeconds,
              target: { of: 'value', op: '<', limit: 1 },
            }),
          ];
        } finally {
          agent.destroy();
          await server.stop();
        }
      });
    });
  },
};
