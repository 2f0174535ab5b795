import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@perfanalysis/pcc/free-port';
import { type Child, startChild } from './cleanup.js';

/** Where Debian's prometheus-node-exporter package puts the binary. */
export const NODE_EXPORTER = '/usr/bin/prometheus-node-exporter';
export const NODE_EXPORTER_INSTALL = 'apt-get install prometheus-node-exporter';

const READY_TIMEOUT_MS = 10_000;

/** A node_exporter run by this program, listening on loopback only. */
export interface NodeExporter {
  readonly child: Child;
  readonly url: string;
}

export function nodeExporterInstalled(): boolean {
  return existsSync(NODE_EXPORTER);
}

/**
 * Starts node_exporter (never the system service) on a free loopback port and waits until /metrics answers.
 * @throws Error, with node_exporter's own message, when it does not come up.
 */
export async function startNodeExporter(): Promise<NodeExporter> {
  const port = await freePort();
  const child = startChild(NODE_EXPORTER, [`--web.listen-address=127.0.0.1:${port}`]);
  const url = `http://127.0.0.1:${port}/metrics`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let ended = false;
  void child.exited.then(() => {
    ended = true;
  });
  while (!ended && Date.now() < deadline) {
    if (await scrape(url)) return { child, url };
    await sleep(100);
  }
  await child.stop();
  throw new Error(`node_exporter did not answer on ${url}: ${child.stderr().trim().slice(-300)}`);
}

const SCRAPE_TIMEOUT_MS = 5000;

/** Fetches the metrics page and reads it whole; false when it cannot, or not within five seconds. */
export async function scrape(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
    await response.text();
    return response.ok;
  } catch {
    return false;
  }
}

/** Scrapes once a second, as Prometheus would, until `stop` resolves with the counts. */
export function scrapeEverySecond(url: string): { stop(): Promise<{ scrapes: number; failures: number }> } {
  const counts = { scrapes: 0, failures: 0 };
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = scrape(url).then((ok) => {
      counts.scrapes += 1;
      if (!ok) counts.failures += 1;
    });
  }, 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      return counts;
    },
  };
}
