import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStat } from '../procfs/stat.js';
import { utilisationBetween } from './cpu-utilisation.js';

// Two readings of a 2-CPU guest, a second apart: cpu0 busy 60 %, cpu1 busy 20 % with 10 % steal.
const BEFORE = `cpu  1000 0 500 8000 100 0 0 50 0 0
cpu0 500 0 250 4000 50 0 0 0 0 0
cpu1 500 0 250 4000 50 0 0 50 0 0
`;
const AFTER = `cpu  1060 0 520 8110 100 0 0 60 0 0
cpu0 550 0 260 4040 50 0 0 0 0 0
cpu1 510 0 260 4070 50 0 0 60 0 0
`;

test('busy is what is neither idle, iowait nor steal; steal is apart; each CPU on its own', () => {
  assert.deepEqual(utilisationBetween(parseStat(BEFORE), parseStat(AFTER)), {
    busyPct: 40,
    stealPct: 5,
    cpus: { cpu0: 60, cpu1: 20 },
  });
});
