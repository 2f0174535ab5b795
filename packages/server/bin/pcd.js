#!/usr/bin/env node
// pcd, the ingest daemon: `perfanalysis serve --services ingest`, with the same options (and `--config FILE`,
// the seeds' config.yaml; with xatbackend.url in it, a relay to that portal).
import { processIo, runCli } from '../dist/cli/main.js';

const args = process.argv.slice(2);
const passThrough =
  args[0] === '--version' || args[0] === '-v' ? args : ['serve', '--services', 'ingest', ...args];
process.exitCode = await runCli(passThrough, processIo(), 'pcd');
