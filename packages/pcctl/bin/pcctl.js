#!/usr/bin/env node
import { processIo, runPcctl } from '../dist/main.js';

process.exitCode = await runPcctl(process.argv.slice(2), processIo());
