import { agentCostBenchmark } from './agent-cost.js';
import { apiLatencyBenchmark } from './api-latency.js';
import { optionValue } from './bench-flags.js';
import type { Benchmark, Row } from './benchmark.js';
import { wasInterrupted } from './cleanup.js';
import { collectBenchmark } from './collect.js';
import { dashboardBenchmark } from './dashboard.js';
import { diskSuiteBenchmark } from './disk-suite.js';
import { fleetBenchmark } from './fleet.js';
import { importBenchmark } from './import.js';
import { ingestBenchmark } from './ingest.js';
import { loadtestBenchmark } from './loadtest.js';
import { pcprocessBenchmark } from './pcprocess.js';
import { reportBenchmark } from './report.js';
import { storageBytesBenchmark } from './storage-bytes.js';
import { formatRows } from './table.js';
import { uploadBenchmark } from './upload.js';

/** The benchmarks, run one after the other so that none disturbs another's figures. */
const BENCHMARKS: readonly Benchmark[] = [
  collectBenchmark,
  agentCostBenchmark,
  pcprocessBenchmark,
  ingestBenchmark,
  importBenchmark,
  uploadBenchmark,
  apiLatencyBenchmark,
  dashboardBenchmark,
  storageBytesBenchmark,
  reportBenchmark,
  fleetBenchmark,
  loadtestBenchmark,
  diskSuiteBenchmark,
];

/**
 * `npm run bench [-- --quick] [--only NAME,…]`: runs every benchmark (or those named) and prints one table,
 * then the targets missed. It is a report, not a test: a missed target still exits 0; only a benchmark that
 * could not run exits 1.
 */
async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(usage());
    return 0;
  }
  const quick = process.argv.includes('--quick');
  process.stdout.write(
    `PerfAnalysis benchmarks, ${quick ? 'quick mode (shortened windows, for development)' : 'full mode'}\n`,
  );
  const only = optionValue('--only')?.split(',');
  const selected = only === undefined ? BENCHMARKS : BENCHMARKS.filter((b) => only.includes(b.name));
  if (selected.length === 0) {
    process.stderr.write(
      `--only: none of ${only?.join(', ')} (${BENCHMARKS.map((b) => b.name).join(', ')})\n`,
    );
    return 2;
  }
  const rows: Row[] = [];
  let failed = false;
  for (const benchmark of selected) {
    if (wasInterrupted()) break;
    process.stderr.write(`running ${benchmark.name}…\n`);
    try {
      rows.push(...(await benchmark.run({ quick })));
    } catch (error) {
      failed = true;
      rows.push({ name: benchmark.name, value: `error: ${(error as Error).message}`, unit: '' });
    }
  }
  // Stopped by Ctrl-C: the clean-ups are under way and will exit; the errors they caused are no figures.
  if (wasInterrupted()) return 130;
  process.stdout.write(`\n${formatRows(rows)}\n\n`);
  const missed = rows.filter((r) => r.ok === false).map((r) => r.name);
  process.stdout.write(
    missed.length === 0 ? 'All targets met.\n' : `Targets missed (${missed.length}): ${missed.join('; ')}\n`,
  );
  return failed ? 1 : 0;
}

function usage(): string {
  return `Usage: npm run bench [-- options]

Runs the benchmarks one after the other and prints one table of figures, each against a baseline measured in
the same run where there is one, then the targets missed. Run it on an otherwise idle machine.

Options:
  --quick              shortened windows and fewer iterations, for development
  --only NAME,...      only these benchmarks: ${BENCHMARKS.map((b) => b.name).join(', ')}
  --agents N           fleet: simulated agents (default 1000, quick 200)
  --viewers N          fleet: simulated dashboard viewers (default 100, quick 20)
  --seconds N          fleet: how long the fleet runs (default 120, quick 20)
  --layouts LIST       fleet: storage layouts to compare (default 1,2)
  -h, --help           show this help
`;
}

process.exitCode = await main();
