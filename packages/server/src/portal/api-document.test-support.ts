import { openDatabase } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';

/** The portal's OpenAPI document, as /docs/json serves it (an in-memory database: nothing is queried). */
export async function apiDocument(): Promise<ReturnType<FastifyInstance['swagger']>> {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await db.close();
  }
}
