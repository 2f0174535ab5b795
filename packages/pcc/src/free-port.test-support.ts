import { createServer } from 'node:net';

/**
 * A TCP port nobody listens on right now, on loopback: the one a listener on port 0 was given, closed
 * again. For tests and benchmarks that start servers as processes (a small race remains: take it just
 * before the process that listens on it starts).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
