import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** Headers by which a proxy says it forwards a request for someone else. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'via'];

/**
 * True when a request really comes from this machine: its connection is from a loopback address and no proxy
 * header says it forwards it for someone else, trusted or not.
 */
export function isLocalRequest(request: FastifyRequest): boolean {
  const address = unmapped(request.socket.remoteAddress ?? '');
  const loopback = isIP(address) === 4 ? address.startsWith('127.') : address === '::1';
  return loopback && PROXY_HEADERS.every((name) => request.headers[name] === undefined);
}

/**
 * The client address log-ins are counted against: the connection's IPv4 address (behind a proxy the server
 * trusts, serve --trust-proxy, the client's that X-Forwarded-For names), or the /64 network of an IPv6 one
 * (one machine commonly holds a whole /64).
 */
export function throttledAddress(request: FastifyRequest): string {
  const address = unmapped(request.ip ?? '');
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

function unmapped(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}
