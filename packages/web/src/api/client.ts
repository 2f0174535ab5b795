import { saveBlob } from './save-file.js';
import type { Tokens } from './types.js';

/** An API failure, with a message a person can act on. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const TOKENS_KEY = 'perfanalysis.tokens';
const USER_KEY = 'perfanalysis.user';
type Listener = (signedIn: boolean) => void;

/**
 * The signed-in user as last seen, so that a page opens without waiting for /auth/user/ first (the answer
 * still replaces it; the API decides what the user may do either way).
 */
export function cachedUser<T>(): T | undefined {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function cacheUser(user: unknown): void {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}
const listeners = new Set<Listener>();

export function storedTokens(): Tokens | undefined {
  try {
    const raw = localStorage.getItem(TOKENS_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Tokens>;
    return typeof parsed.access === 'string' && typeof parsed.refresh === 'string'
      ? { access: parsed.access, refresh: parsed.refresh }
      : undefined;
  } catch {
    return undefined;
  }
}

export function storeTokens(tokens: Tokens | undefined): void {
  if (tokens) localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  else {
    localStorage.removeItem(TOKENS_KEY);
    localStorage.removeItem(USER_KEY);
  }
  for (const listener of listeners) listener(tokens !== undefined);
}

/** Called with false when the session ends (log out, or a refresh token that no longer works). */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What to tell a person for an HTTP status when the server said nothing more useful. */
function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Log in again.';
  if (status === 403) return 'Your role does not allow this. Ask an admin.';
  if (status === 404) return 'That no longer exists. It may have been deleted.';
  if (status === 413) return 'The file is too large for this server.';
  if (status === 429) return 'Too many attempts. Wait a minute and try again.';
  if (status === 503) return 'The database is unavailable. Try again shortly.';
  if (status >= 500) return 'The server ran into a problem. Try again; if it persists, check the server log.';
  return 'The request was not accepted.';
}

async function failureOf(response: Response): Promise<ApiFailure> {
  let code = `HTTP_${response.status}`;
  let message = fallbackMessage(response.status);
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message && response.status < 500) message = humanise(body.error.message);
  } catch {
    // Not JSON: keep the fallback.
  }
  return new ApiFailure(message, response.status, code);
}

/** Server messages are written for people already; make validation ones read as sentences. */
function humanise(message: string): string {
  const validation = /^body: \/(\w+) (.*)$/.exec(message);
  if (validation) return `${validation[1]?.replace(/_/g, ' ')}: ${validation[2]}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

let refreshing: Promise<boolean> | undefined;

/**
 * Trades the refresh token for a new pair, once for all requests that failed at the same time. A refresh token
 * works once (the server ends the session when one is shown again), so tabs take turns (Web Locks, where the
 * browser has them) and a tab whose tokens another tab has already renewed just uses the new ones.
 */
function refreshAccess(failedAccess: string | undefined): Promise<boolean> {
  refreshing ??= inTurn(async () => {
    const tokens = storedTokens();
    if (!tokens) return false;
    if (tokens.access !== failedAccess) return true;
    try {
      const response = await fetch('/api/v1/auth/token/refresh/', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh: tokens.refresh }),
      });
      if (!response.ok) {
        storeTokens(undefined);
        return false;
      }
      storeTokens((await response.json()) as Tokens);
      return true;
    } catch {
      return false;
    }
  }).finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request('perfanalysis-token-refresh', fn) as Promise<T>) : fn();
}

/** Ends this session on the server (best effort), then forgets its tokens. */
export async function logOutSession(): Promise<void> {
  const tokens = storedTokens();
  if (tokens) {
    await fetch('/api/v1/auth/logout/', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.access}` },
    }).catch(() => undefined);
  }
  storeTokens(undefined);
}

export interface RequestOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly query?: Record<string, string | number | undefined>;
  readonly signal?: AbortSignal;
  /** Send without credentials (log-in, sign-up). */
  readonly anonymous?: boolean;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Whether a failure means the session is over. A 401 for the credentials typed in a form (a wrong current
 * password) is that form's error: no refresh, no log-out.
 */
function endsSession(failure: ApiFailure): boolean {
  return failure.status === 401 && failure.code !== 'INVALID_CREDENTIALS';
}

/** One API call: JSON in and out, the bearer token attached, refreshed once on 401. */
export async function raw(path: string, options: RequestOptions = {}): Promise<Response> {
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = {};
    const tokens = options.anonymous ? undefined : storedTokens();
    if (tokens) headers.authorization = `Bearer ${tokens.access}`;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      return await fetch(urlOf(path, options.query), {
        method: options.method ?? 'GET',
        headers,
        ...(body === undefined ? {} : { body }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiFailure(
        'Cannot reach the server. Check that it is running and your network, then retry.',
        0,
        'NETWORK',
      );
    }
  };
  const sentWith = options.anonymous ? undefined : storedTokens()?.access;
  let response = await send();
  let failure = response.ok ? undefined : await failureOf(response);
  if (failure && endsSession(failure) && !options.anonymous && storedTokens()) {
    if (await refreshAccess(sentWith)) {
      response = await send();
      failure = response.ok ? undefined : await failureOf(response);
    }
  }
  if (failure) {
    if (endsSession(failure) && !options.anonymous) storeTokens(undefined);
    throw failure;
  }
  return response;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await raw(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads an authenticated resource as a file, under the name the server gives it. */
export async function download(
  path: string,
  query?: RequestOptions['query'],
  fallbackName = 'download',
): Promise<void> {
  const response = await raw(path, query ? { query } : {});
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(name, await response.blob());
}

/** A message for any error: an ApiFailure's own, or a generic one. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  if (error instanceof Error && error.name === 'AbortError') return '';
  return 'Something went wrong in the page. Reload and try again.';
}
