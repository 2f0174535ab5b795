export { readHostInfo } from './host-info.js';
export { IngestClient, type Outcome } from './ingest-client.js';
export { type Utilisation, utilisationBetween } from './loadtest/cpu-utilisation.js';
export { ProcFile } from './proc-file.js';
export { isRunning } from './process-running.js';
export { parseStat } from './procfs/stat.js';
export { sendSpool } from './sender.js';
export { type ReaderOptions, SnapshotReader } from './snapshot-reader.js';
export { Spool, type SpoolPosition } from './spool.js';
