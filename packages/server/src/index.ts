export { type AppOptions, buildApp, type Role } from './app.js';
export { runCli } from './cli/main.js';
export type { ServerContext } from './context.js';
export { importFile } from './import/import-file.js';
export {
  AGENT_INTERVAL_MS,
  BATCH_SAMPLES,
  type FleetAgent,
  type FleetLoadOptions,
  type FleetLoadResult,
  type Latencies,
  runFleetLoad,
  WARMUP_MS,
} from './loadgen/fleet-load.js';
export { type RealisticOptions, realisticSample, realisticSamples } from './loadgen/realistic-samples.js';
