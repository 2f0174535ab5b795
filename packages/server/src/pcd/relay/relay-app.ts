import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { Spool } from '@perfanalysis/pcc';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ApiError } from '../../errors.js';
import { installErrorHandler } from '../../http/error-handler.js';
import { parseJsonBodies } from '../../http/json-body.js';
import { presentedKey } from '../../ingest/collector-auth.js';
import { HostInfoSchema } from '../../ingest/host-info-schema.js';
import { MetricsBody, toSamples } from '../../ingest/sample-schema.js';
import type { KnownKeys } from './known-keys.js';
import {
  describeAnswer,
  isFinal,
  isKeyRefused,
  type PortalAnswer,
  type PortalClient,
} from './portal-client.js';
import type { SpooledRequest } from './relay-forwarder.js';

export interface RelayContext {
  readonly spool: Spool;
  readonly keys: KnownKeys;
  readonly portal: PortalClient;
  readonly bodyLimitBytes: number;
  readonly readTimeoutMs: number | undefined;
}

/**
 * pcd as a relay: pcc's ingest API (the same paths, bodies and keys), in front of a portal it reaches over one
 * outbound connection. A request made with a key the portal has accepted before is checked as the portal
 * would check it, written to the spool and answered 202 at once; the forwarder sends it on. A request with a
 * key pcd does not know yet goes straight to the portal, whose answer is passed back (a 2xx teaches pcd the
 * key); with the portal away it is answered 503, and pcc keeps it and tries again. A registration always goes
 * to the portal first, so that pcc hears the portal's answer (a refused key: its 401); it is spooled only
 * when the portal is away and the key known.
 */
export async function buildRelayApp(context: RelayContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: context.bodyLimitBytes,
    requestTimeout: context.readTimeoutMs ?? 120_000,
  })
    .withTypeProvider<TypeBoxTypeProvider>()
    .setValidatorCompiler(TypeBoxValidatorCompiler);
  parseJsonBodies(app, context.bodyLimitBytes);
  installErrorHandler(app);
  const { spool, keys, portal } = context;

  const keyOf = (headers: Parameters<typeof presentedKey>[0]): string => {
    const key = presentedKey(headers);
    if (key === undefined || key === '') throw new ApiError('INVALID_API_KEY');
    return key;
  };
  /**
   * Spools a request with its body as pcc sent it (`json`: serialised before anything fills in defaults),
   * resolving once it is on disk: a 202 is a promise that a power cut does not lose it.
   */
  const queue = (request: SpooledRequest['request'], key: string, json: string): Promise<void> =>
    spool.appendDurably(`{"request":${JSON.stringify(request)},"key":${JSON.stringify(key)},"body":${json}}`);
  /** The portal's answer, passed back to pcc as it came; a 2xx teaches pcd the key, a 401/403 unteaches it. */
  const passBack = (
    reply: FastifyReply,
    key: string,
    answer: Extract<PortalAnswer, { kind: 'answered' }>,
  ) => {
    if (answer.status < 300) keys.add(key);
    if (isKeyRefused(answer)) keys.remove(key);
    return reply.status(answer.status).type('application/json').send(answer.body);
  };
  const portalAway = (reply: FastifyReply, answer: PortalAnswer) =>
    reply.status(503).send({
      error: {
        code: 'PORTAL_UNAVAILABLE',
        message: `pcd cannot reach the portal to check this key (${describeAnswer(answer)}); try again shortly`,
        status: 503,
      },
    });

  app.get('/healthz', async () => ({
    status: 'ok' as const,
    database: `none (relay to ${portal.metricsUrl})`,
    spool_bytes: spool.pendingBytes,
  }));

  app.post('/api/v1/register/', { schema: { body: HostInfoSchema } }, async (request, reply) => {
    const key = keyOf(request);
    const json = JSON.stringify(request.body);
    const answer = await portal.post('register', key, json);
    if (isFinal(answer)) return passBack(reply, key, answer);
    if (!keys.has(key)) return portalAway(reply, answer);
    await queue('register', key, json);
    return reply.status(202).send({ queued: true });
  });

  app.post('/api/v1/metrics/', { schema: { body: MetricsBody } }, async (request, reply) => {
    const key = keyOf(request);
    // As pcc sent it: toSamples, which checks the timestamps, fills in defaults where it reads.
    const json = JSON.stringify(request.body);
    const samples = toSamples(request.body).length;
    if (keys.has(key)) {
      await queue('metrics', key, json);
      return reply.status(202).send({ queued: samples });
    }
    const answer = await portal.post('metrics', key, json);
    if (isFinal(answer)) return passBack(reply, key, answer);
    return portalAway(reply, answer);
  });

  return app;
}
