import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cpuinfoMhz, cpuSummary, parseCpuinfo } from './cpuinfo.js';
import { fixturePath } from './fixtures.test-support.js';

test('procfs fixture (A8): eight x86 processor blocks', () => {
  const blocks = parseCpuinfo(readFileSync(fixturePath('procfs', 'proc', 'cpuinfo'), 'utf8'));
  assert.equal(blocks.length, 8);
  const [first] = blocks;
  assert.equal(blocks[7]?.processor, '7');
  assert.equal(first?.vendor_id, 'GenuineIntel');
  assert.equal(first?.['cpu family'], '6');
  assert.equal(first?.model, '142');
  assert.equal(first?.['model name'], 'Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz');
  assert.equal(first?.siblings, '8');
  assert.equal(blocks[5]?.['core id'], '1');
  assert.equal(first?.['cpu cores'], '4');
  assert.equal(blocks[7]?.flags?.split(' ')[1], 'vme');
  assert.equal(first?.['power management'], '');
  assert.deepEqual(cpuSummary(blocks), {
    vendor: 'GenuineIntel',
    model: 'Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz',
    count: 8,
  });
});

test('node_exporter fixture: the same machine', () => {
  const text = readFileSync(fixturePath('node_exporter', 'collector', 'fixtures', 'proc', 'cpuinfo'), 'utf8');
  assert.equal(cpuSummary(parseCpuinfo(text)).count, 8);
});

test('32-bit ARM: processor blocks plus a Hardware block, which does not count', () => {
  const text = [
    'processor\t: 0',
    'model name\t: ARMv7 Processor rev 4 (v7l)',
    'CPU implementer\t: 0x41',
    '',
    'processor\t: 1',
    'model name\t: ARMv7 Processor rev 4 (v7l)',
    'CPU implementer\t: 0x41',
    '',
    'Hardware\t: BCM2835',
    'Revision\t: a02082',
    '',
  ].join('\n');
  const blocks = parseCpuinfo(text);
  assert.equal(blocks.length, 3);
  assert.deepEqual(cpuSummary(blocks), { vendor: 'ARM', model: 'ARMv7 Processor rev 4 (v7l)', count: 2 });
});

test('old ARM kernels: the model in a `Processor` header, blocks without blank lines between them', () => {
  const text =
    'Processor\t: ARMv6-compatible processor rev 7 (v6l)\nprocessor\t: 0\nprocessor\t: 1\nHardware\t: BCM2708\n';
  const blocks = parseCpuinfo(text);
  assert.equal(blocks.length, 2);
  assert.deepEqual(cpuSummary(blocks), {
    vendor: '',
    model: 'ARMv6-compatible processor rev 7 (v6l)',
    count: 2,
  });
});

test('arm64 without a model line falls back to Hardware; MIPS uses `cpu model`', () => {
  const arm64 = parseCpuinfo('processor\t: 0\nCPU implementer\t: 0xc0\n\nHardware\t: Ampere Altra\n');
  assert.deepEqual(cpuSummary(arm64), { vendor: 'Ampere', model: 'Ampere Altra', count: 1 });
  const mips = parseCpuinfo(
    'system type\t\t: MediaTek MT7621\nprocessor\t\t: 0\ncpu model\t\t: MIPS 1004Kc V2.15\n',
  );
  assert.deepEqual(cpuSummary(mips), { vendor: '', model: 'MIPS 1004Kc V2.15', count: 1 });
});

test('empty text', () => {
  assert.deepEqual(parseCpuinfo(''), []);
  assert.deepEqual(cpuSummary([]), { vendor: '', model: '', count: 0 });
});

test('cpu MHz per processor (procfs fixture A8), keyed as /proc/stat names the CPUs', () => {
  const blocks = parseCpuinfo(readFileSync(fixturePath('procfs', 'proc', 'cpuinfo'), 'utf8'));
  assert.deepEqual(cpuinfoMhz(blocks), {
    cpu0: 799.998,
    cpu1: 800.037,
    cpu2: 800.01,
    cpu3: 800.028,
    cpu4: 799.989,
    cpu5: 800.083,
    cpu6: 800.017,
    cpu7: 800.03,
  });
});

test('cpu MHz: PowerPC writes clock, s390 cpu MHz dynamic; ARM writes none', () => {
  const power = 'processor\t: 0\ncpu\t\t: POWER9 (raw), altivec supported\nclock\t\t: 2166.000000MHz\n\n';
  assert.deepEqual(cpuinfoMhz(parseCpuinfo(power)), { cpu0: 2166 });
  const s390 = 'processor 0: version = FF\n\ncpu number      : 0\ncpu MHz dynamic : 5200\nprocessor : 0\n';
  assert.equal(cpuinfoMhz(parseCpuinfo(s390)).cpu0, 5200);
  const arm = 'processor\t: 0\nBogoMIPS\t: 50.00\nCPU implementer\t: 0x41\n\n';
  assert.deepEqual(cpuinfoMhz(parseCpuinfo(arm)), {});
});
