import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BINARY_ARCHES,
  BUILD_BINARY_COMMAND,
  binaryName,
  binaryPath,
  NODE_FOR_BINARY,
} from '@perfanalysis/pcc/binary-names';
import type { FastifyReply } from 'fastify';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { safeOrigin } from '../http/request-origin.js';
import { FileAnswer } from './schemas.js';

const require = createRequire(import.meta.url);
const PCC_DIR = dirname(require.resolve('@perfanalysis/pcc/package.json'));
const PCC_VERSION: string = require('@perfanalysis/pcc/package.json').version;
/** The single-file agent that `npm run build` makes with esbuild (packages/pcc, script `bundle`). */
export const PCC_BUNDLE = join(PCC_DIR, 'dist', 'pcc.bundle.mjs');
/** The repository's deploy/ folder: install.sh and the systemd units. */
const DEPLOY_DIR = fileURLToPath(new URL('../../../../deploy/', import.meta.url));

const tags = ['install'];
/** What install.sh answers when it cannot serve the installer: a script that says why and exits 1. */
const shellProblem = FileAnswer("A bash script that prints the problem (echo '…' >&2) and exits 1");

/** The installer with the server's address, the agent's version and the service unit filled in. */
export async function installScript(origin: string): Promise<string> {
  const [script, unit] = await Promise.all([
    readFile(join(DEPLOY_DIR, 'install.sh'), 'utf8'),
    readFile(join(DEPLOY_DIR, 'systemd', 'pcc.service'), 'utf8'),
  ]);
  // The unit's opening comment is about templating it; the installed copy says where it came from.
  const body = unit.replace(/^(?:#[^\n]*\n|\n)*/, '');
  const installed = `# pcc.service, written by ${origin}/install.sh\n${body.trimEnd()}`;
  const values: Record<string, string> = {
    '@@PA_SERVER@@': origin,
    '@@PCC_VERSION@@': PCC_VERSION,
    '@@PCC_SERVICE_UNIT@@': installed,
  };
  return script.replace(/@@[A-Z_]+@@/g, (placeholder) => values[placeholder] ?? placeholder);
}

/** An answer that bash, at the end of `curl -s … | bash`, prints as an error before it stops. */
function shellError(reply: FastifyReply, status: number, message: string) {
  const quoted = `'${message.replaceAll("'", "'\\''")}'`;
  return reply
    .status(status)
    .type('text/plain; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`echo ${quoted} >&2\nexit 1\n`);
}

/**
 * `GET /install.sh`, the installer that a collector's install command pipes into bash, and
 * `GET /install/pcc.mjs`, the agent it downloads: pcc bundled into one ES module file for Node.js 20+; where
 * the server has no Node.js, `GET /install/pcc-linux-x64` and `…-arm64`, the self-contained executables.
 * Neither needs credentials: the script carries no key (it reads API_KEY from the environment it runs in).
 */
export function installRoutes(_context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/install.sh',
      {
        config: { auth: 'public' },
        schema: {
          operationId: 'installScript',
          summary: 'The pcc installer: curl -s <portal>/install.sh | API_KEY=<key> bash',
          description:
            'A bash script that installs pcc (Node.js 20+) and points it at this server, which it names by ' +
            'the Host header of this request; a Host header that is not a plain host or address is 400.',
          tags,
          produces: ['text/x-shellscript'],
          response: {
            200: FileAnswer('The installer, a bash script'),
            400: shellProblem,
            503: shellProblem,
          },
        },
      },
      async (request, reply) => {
        const origin = safeOrigin(request);
        if (origin === undefined) {
          return shellError(
            reply,
            400,
            'pcc install: this request names no usable server address (Host header); ' +
              "use the portal's host name or IP address",
          );
        }
        let script: string;
        try {
          script = await installScript(origin);
        } catch (error) {
          request.log.error({ err: error }, 'install.sh: the script or its unit file is missing');
          return shellError(reply, 503, 'pcc install: this server cannot serve the installer (see its log)');
        }
        return reply
          .type('text/x-shellscript; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('x-pcc-version', PCC_VERSION)
          .send(script);
      },
    );

    app.get(
      '/install/pcc.mjs',
      {
        config: { auth: 'public', errors: [404] },
        schema: {
          operationId: 'agentBundle',
          summary: 'The agent, pcc, as one ES module file for Node.js 20+ (its version in X-PCC-Version)',
          tags,
          produces: ['text/javascript'],
          response: { 200: FileAnswer('pcc.mjs') },
        },
      },
      async (_request, reply) => {
        let bundle: Buffer;
        try {
          bundle = await readFile(PCC_BUNDLE);
        } catch {
          throw new ApiError('NOT_FOUND', 'The agent bundle is not built on this server: run npm run build');
        }
        return reply
          .type('text/javascript; charset=utf-8')
          .header('cache-control', 'no-cache')
          .header('x-pcc-version', PCC_VERSION)
          .header('content-disposition', 'attachment; filename="pcc.mjs"')
          .send(bundle);
      },
    );

    for (const arch of BINARY_ARCHES) {
      const name = binaryName(arch);
      app.get(
        `/install/${name}`,
        {
          config: { auth: 'public', errors: [404] },
          schema: {
            operationId: `agentBinary${arch[0]?.toUpperCase()}${arch.slice(1)}`,
            summary: `The agent, pcc, as a self-contained executable for Linux on ${arch} (no Node.js needed)`,
            description:
              `Node.js ${NODE_FOR_BINARY} with pcc inside (a single executable application), about 95 MiB; ` +
              `404 when this server has not built it (${BUILD_BINARY_COMMAND}).`,
            tags,
            produces: ['application/octet-stream'],
            response: { 200: FileAnswer(name) },
          },
        },
        async (_request, reply) => {
          const path = binaryPath(arch);
          const found = await stat(path).catch(() => undefined);
          if (!found?.isFile()) {
            throw new ApiError(
              'NOT_FOUND',
              `The self-contained agent for linux-${arch} is not built on this server: run ${BUILD_BINARY_COMMAND}`,
            );
          }
          return reply
            .type('application/octet-stream')
            .header('content-length', found.size)
            .header('cache-control', 'no-cache')
            .header('x-pcc-version', PCC_VERSION)
            .header('content-disposition', `attachment; filename="${name}"`)
            .send(createReadStream(path));
        },
      );
    }
  };
}
