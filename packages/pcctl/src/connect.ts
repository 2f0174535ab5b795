import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { ApiClient, ApiError, normaliseServer, PcctlError } from './api-client.js';
import type { PcctlIo } from './command.js';
import { configPath, readLogin, writeLogin } from './config-store.js';

/**
 * The API client for a command: the server from --server, PCCTL_SERVER or the login, authenticated by
 * PCCTL_APIKEY or else by the login's refresh token (exchanged for an access token and the next refresh
 * token, which replaces it in the login file). A login made at another server is never sent to this one.
 */
export async function connect(values: Values, io: PcctlIo): Promise<ApiClient> {
  const path = configPath(io.env);
  const stored = await readLogin(path);
  const flag = text(values, 'server');
  const serverText = flag ?? io.env.PCCTL_SERVER ?? stored?.server;
  if (!serverText)
    throw new PcctlError(
      'not logged in: run pcctl login --server URL --username NAME, or set PCCTL_SERVER and PCCTL_APIKEY',
    );
  const server = normaliseServer(serverText, flag ? '--server' : io.env.PCCTL_SERVER ? 'PCCTL_SERVER' : path);
  const api = new ApiClient(server);
  const apiKey = io.env.PCCTL_APIKEY;
  if (apiKey) {
    const colon = apiKey.indexOf(':');
    if (colon <= 0 || colon === apiKey.length - 1 || /\s/.test(apiKey))
      throw new UsageError('PCCTL_APIKEY: use username:key, as the portal shows it when it creates the key');
    return api.withAuthorization(`ApiKey ${apiKey}`);
  }
  if (!stored || stored.server !== server)
    throw new PcctlError(
      `not logged in to ${server}: run pcctl login --server ${server} --username NAME, or set PCCTL_APIKEY`,
    );
  try {
    const tokens = await api.request<ApiAnswer<'logIn'>>('POST', '/api/v1/auth/token/refresh/', {
      refresh: stored.refresh,
    });
    // A refresh token works once: keep the next one (the server ends the login if the old one is used again).
    await writeLogin(path, { ...stored, refresh: tokens.refresh });
    return api.withAuthorization(`Bearer ${tokens.access}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401)
      throw new PcctlError(
        `your login to ${server} has expired: run pcctl login --server ${server} --username ${stored.username}`,
      );
    throw error;
  }
}
