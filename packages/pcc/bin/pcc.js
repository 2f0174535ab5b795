#!/usr/bin/env node
// pcc does a fraction of a millisecond of work a second; on the servers it measures its memory matters more
// than peak JIT speed, so V8 runs it without the optimising compilers (about 4 MiB less resident memory).
// The load test and the benchmarks measure the CPU's speed, so they keep them; the flags are the process's,
// so a load test's worker thread (which runs this file in the bundle) must not change them either. From
// Node.js 22 on, lite mode set at run time makes V8 abort when fetch compiles its WebAssembly HTTP parser
// ("Check failed: !v8_flags.jitless"): there pcc runs with V8's defaults.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const liteModeSafe = Number(process.versions.node.split('.')[0]) < 22;
if (liteModeSafe && isMainThread && !['loadtest', 'benchmark'].includes(process.argv[2] ?? ''))
  setFlagsFromString('--lite-mode');
await import('../dist/main.js');
