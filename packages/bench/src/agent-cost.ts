import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BINARY_ARCHES, BUILD_BINARY_COMMAND, binaryPath } from '@perfanalysis/pcc/binary-names';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { type Child, withTempDir } from './cleanup.js';
import {
  NODE_EXPORTER_INSTALL,
  type NodeExporter,
  nodeExporterInstalled,
  scrapeEverySecond,
  startNodeExporter,
} from './node-exporter.js';
import { PCC_BUNDLE, startPcc } from './pcc-cli.js';
import { clockTicksPerSecond, cpuSeconds, memory } from './process-usage.js';

const MIB = 1024 * 1024;
const WARM_UP_S = 5;

/** What one process used over the measurement window. */
interface Usage {
  /** CPU time over the window, as % of one core. */
  readonly cpuPercent: number;
  /** VmHWM at the end of the window, MiB. */
  readonly peakMiB: number;
  /** RssAnon at the end of the window, MiB. */
  readonly anonymousMiB: number;
}

/**
 * The agent's cost: the real pcc CLI collecting every second, its CPU time over a window after warm-up as %
 * of one core, and its peak RSS. The baseline, in the same window: Debian's node_exporter scraped once a
 * second over loopback, as a Prometheus server would.
 */
export const agentCostBenchmark: Benchmark = {
  name: 'agent cost',
  async run({ quick }) {
    const windowS = quick ? 10 : 60;
    const ticks = clockTicksPerSecond();
    return withTempDir('agent-cost', async (dir) => {
      const run = { frequency: '1s', duration: `${WARM_UP_S + windowS + 5}s` };
      const pcc = startPcc({ ...run, collection: join(dir, 'capture.json') });
      // The self-contained executable, where it is built, in the same window.
      const binary = executable();
      const pccBinary =
        binary === undefined
          ? undefined
          : startPcc({ ...run, collection: join(dir, 'capture-binary.json'), executable: binary });
      let exporter: NodeExporter | undefined;
      try {
        exporter = nodeExporterInstalled() ? await startNodeExporter() : undefined;
        const scraper = exporter && scrapeEverySecond(exporter.url);
        await sleep(WARM_UP_S * 1000);
        const measured = [pcc, ...(exporter ? [exporter.child] : []), ...(pccBinary ? [pccBinary] : [])];
        const start = performance.now();
        const before = measured.map((child) => cpuSeconds(alive(child), ticks));
        await sleep(windowS * 1000);
        const after = measured.map((child) => cpuSeconds(alive(child), ticks));
        const seconds = (performance.now() - start) / 1000;
        const usage = measured.map((child, i): Usage => {
          const { peak, anonymous } = memory(child.pid);
          return {
            cpuPercent: (((after[i] ?? 0) - (before[i] ?? 0)) / seconds) * 100,
            peakMiB: peak / MIB,
            anonymousMiB: anonymous / MIB,
          };
        });
        const scrapes = await scraper?.stop();
        if (scrapes && scrapes.failures > 0)
          throw new Error(`${scrapes.failures} node_exporter scrapes failed`);
        for (const child of [pcc, ...(pccBinary ? [pccBinary] : [])]) {
          const status = await child.exited;
          if (status.code !== 0) throw new Error(`pcc exited with ${status.code}: ${child.stderr().trim()}`);
        }
        const pccUsage = usage[0];
        const binaryUsage = pccBinary ? usage.at(-1) : undefined;
        return [
          ...rows(windowS, pccUsage, exporter ? usage[1] : undefined),
          ...executableRows(windowS, binary, pccUsage, binaryUsage),
        ];
      } finally {
        await exporter?.child.stop();
        await pcc.stop();
        await pccBinary?.stop();
      }
    });
  },
};

/** This machine's self-contained pcc when it is built (npm run build:binary -w @perfanalysis/pcc). */
function executable(): string | undefined {
  const arch = BINARY_ARCHES.find((a) => a === process.arch);
  const path = arch && binaryPath(arch);
  return path && existsSync(path) ? path : undefined;
}

/** The executable's size, CPU and memory beside the script's (node running pcc.bundle.mjs's sources). */
function executableRows(
  windowS: number,
  binary: string | undefined,
  script: Usage | undefined,
  measured: Usage | undefined,
): Row[] {
  const name = `pcc executable (linux-${process.arch}) vs the script run by node`;
  if (binary === undefined || script === undefined || measured === undefined) {
    return [{ name: `agent: ${name}`, value: `skipped: not built (${BUILD_BINARY_COMMAND})`, unit: '' }];
  }
  return [
    row({
      name: `agent size: ${name} (its bundle, without Node.js)`,
      value: statSync(binary).size / MIB,
      unit: 'MiB',
      baseline: statSync(PCC_BUNDLE).size / MIB,
    }),
    row({
      name: `agent CPU over ${windowS} s, 1 sample/s: ${name}`,
      value: measured.cpuPercent,
      unit: '% of a core',
      baseline: script.cpuPercent,
    }),
    row({ name: `agent peak RSS: ${name}`, value: measured.peakMiB, unit: 'MiB', baseline: script.peakMiB }),
    row({
      name: `agent RssAnon: ${name}`,
      value: measured.anonymousMiB,
      unit: 'MiB',
      baseline: script.anonymousMiB,
    }),
  ];
}

/** The pid of a child still running. @throws Error with its last words when it has ended. */
function alive(child: Child): number {
  if (child.pid < 0) throw new Error('a child process could not be started');
  try {
    process.kill(child.pid, 0);
  } catch {
    throw new Error(`process ${child.pid} ended early: ${child.stderr().trim()}`);
  }
  return child.pid;
}

function rows(windowS: number, pcc: Usage | undefined, exporter: Usage | undefined): Row[] {
  if (pcc === undefined) throw new Error('pcc was not measured');
  const vs = exporter ? 'vs node_exporter scraped 1/s' : 'vs node_exporter';
  const result = [
    row({
      name: `agent CPU over ${windowS} s: pcc, 1 sample/s`,
      value: pcc.cpuPercent,
      unit: '% of a core',
      target: { of: 'value', op: '≤', limit: 0.25 },
    }),
    row({
      name: `agent peak RSS (VmHWM): pcc`,
      value: pcc.peakMiB,
      unit: 'MiB',
      target: { of: 'value', op: '≤', limit: 48 },
    }),
  ];
  if (exporter === undefined) {
    const skipped = `skipped: ${NODE_EXPORTER_INSTALL}`;
    return [
      ...result,
      { name: `agent CPU: pcc ${vs}`, value: skipped, unit: '' },
      { name: `agent peak RSS: pcc ${vs}`, value: skipped, unit: '' },
      row({ name: 'agent RssAnon (own, unshared memory): pcc', value: pcc.anonymousMiB, unit: 'MiB' }),
    ];
  }
  return [
    ...result,
    row({
      name: `agent CPU: pcc ${vs}`,
      value: pcc.cpuPercent,
      unit: '% of a core',
      baseline: exporter.cpuPercent,
      target: { of: 'ratio', op: '≤', limit: 0.25 },
    }),
    row({ name: `agent peak RSS: pcc ${vs}`, value: pcc.peakMiB, unit: 'MiB', baseline: exporter.peakMiB }),
    row({
      name: `agent RssAnon (own, unshared memory): pcc ${vs}`,
      value: pcc.anonymousMiB,
      unit: 'MiB',
      baseline: exporter.anonymousMiB,
    }),
  ];
}
