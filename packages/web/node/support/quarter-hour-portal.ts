import { TestApi } from './api-client.js';
import { loadCapture } from './load-capture.js';
import { type Portal, startPortal } from './portal-process.js';

/** A portal, its first admin's tokens, and one collector holding a quarter of an hour of a capture. */
export interface QuarterHourPortal {
  readonly portal: Portal;
  readonly id: string;
  readonly tokens: { readonly access: string; readonly refresh: string };
}

/**
 * Starts a portal, signs `user` up as its first admin, and uploads 900 s of a capture of `hostname` from
 * `start` (unix seconds) into a new collector of that name: what the dashboard's browser tests look at.
 */
export async function quarterHourPortal(
  user: { readonly username: string; readonly password: string },
  hostname: string,
  start: number,
): Promise<QuarterHourPortal> {
  const portal = await startPortal();
  const api = new TestApi(portal.url);
  await api.call('POST', '/api/v1/auth/signup/', user);
  await api.login(user.username, user.password);
  const tokens = await api.call<{ access: string; refresh: string }>('POST', '/api/v1/auth/token/', user);
  const { id } = await api.call<{ id: string }>('POST', '/api/v1/collectors/', { machine_name: hostname });
  const capture = loadCapture({
    hostname,
    seconds: 900,
    cpuScale: 0.6,
    ioScale: 1,
    netScale: 1,
    start: new Date(start * 1000),
  });
  await api.upload(id, `${hostname}.json`, capture, 'a quarter of an hour');
  return { portal, id, tokens };
}
