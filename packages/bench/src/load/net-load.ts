import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';

const CHUNK = Buffer.alloc(64 * 1024, 0x61);
const SEND_EVERY_MS = 5;

/**
 * Loopback traffic, and only loopback: a TCP receiver on 127.0.0.1 and a sender writing 64 KiB every 5 ms
 * to it (about 13 MB/s) until stopped. Returns once the connection is up.
 */
export async function startNetLoad(): Promise<{ stop(): Promise<void> }> {
  const received = new Set<Socket>();
  const server = createServer((socket) => {
    received.add(socket);
    socket.on('data', () => {});
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no loopback port for the traffic');
  const sender = createConnection({ host: '127.0.0.1', port: address.port });
  await once(sender, 'connect');
  const timer = setInterval(() => {
    if (sender.writableLength < CHUNK.length * 4) sender.write(CHUNK);
  }, SEND_EVERY_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      sender.destroy();
      for (const socket of received) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
