import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Paths that belong to the API and the server itself, never to the web app's client-side routes. */
const SERVER_PATHS = /^\/(api|docs|metrics|healthz|install\.sh)(\/|\?|$)/;

/** The built web dashboard (packages/web/dist/public), or undefined when it has not been built. */
export function webRoot(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@perfanalysis/web/package.json');
    const root = join(dirname(manifest), 'dist', 'public');
    return existsSync(join(root, 'index.html')) ? root : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the web dashboard at `/`: its files (hashed assets cached for a year, index.html never), and
 * index.html for any other GET that is not the API's, so the app's own addresses survive a reload.
 */
export async function serveWebApp(app: FastifyInstance, root = webRoot()): Promise<void> {
  // The seeds open http://…:8000/dashboard/: the dashboards are the collectors', chosen from their list.
  app.get('/dashboard/', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/collectors'),
  );
  if (!root) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'The web dashboard is not built. Run `npm run build` in the repository, then restart the server.\n',
        ),
    );
    return;
  }
  // serve: false — files are looked up per request, so a rebuilt dashboard is served without a restart.
  await app.register(fastifyStatic, { root, serve: false, cacheControl: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(path)) return reply.callNotFound();
    // A file (it has an extension): serve it, or 404. Anything else is one of the app's own addresses.
    if (/\.[A-Za-z0-9]+$/.test(path)) {
      const hashed = path.startsWith('/assets/');
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(decodeURIComponent(path.slice(1)));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
