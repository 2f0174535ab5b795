/** Keys that name the CPU model, by preference: x86 and 32-bit ARM, old ARM, MIPS, PowerPC, the ARM board. */
const MODEL_KEYS = ['model name', 'Processor', 'cpu model', 'cpu', 'Hardware'] as const;

/** ARM's `CPU implementer` codes, as lscpu names them. */
const ARM_IMPLEMENTERS: Readonly<Record<string, string>> = {
  '0x41': 'ARM',
  '0x42': 'Broadcom',
  '0x43': 'Cavium',
  '0x46': 'Fujitsu',
  '0x48': 'HiSilicon',
  '0x4e': 'NVIDIA',
  '0x50': 'APM',
  '0x51': 'Qualcomm',
  '0x53': 'Samsung',
  '0x56': 'Marvell',
  '0x61': 'Apple',
  '0x69': 'Intel',
  '0xc0': 'Ampere',
};

/**
 * Parses /proc/cpuinfo into one record per block of `key: value` lines (keys and values trimmed). Blocks are
 * separated by blank lines, and a second `processor` line also starts a new one. On x86 every block is a
 * processor; ARM adds a block without `processor` (Hardware, Revision, Serial), kept for cpuSummary.
 */
export function parseCpuinfo(text: string): Array<Record<string, string>> {
  const blocks: Array<Record<string, string>> = [];
  let block: Record<string, string> = {};
  const close = (): void => {
    if (Object.keys(block).length > 0) blocks.push(block);
    block = {};
  };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) {
      if (line.trim() === '') close();
      continue;
    }
    const key = line.slice(0, colon).trim();
    if (key === 'processor' && Object.hasOwn(block, 'processor')) close();
    block[key] = line.slice(colon + 1).trim();
  }
  close();
  return blocks;
}

/**
 * Summarises parsed /proc/cpuinfo: the vendor (`vendor_id`, else ARM's `CPU implementer`), the model
 * (`model name`, else `Processor`, `cpu model`, `cpu` or `Hardware`), and the count of processor blocks.
 * A value the text lacks is ''.
 */
export function cpuSummary(blocks: ReadonlyArray<Readonly<Record<string, string>>>): {
  vendor: string;
  model: string;
  count: number;
} {
  const first = (key: string): string | undefined => blocks.find((b) => Object.hasOwn(b, key))?.[key];
  const implementer = first('CPU implementer');
  const vendor =
    first('vendor_id') ?? (implementer === undefined ? '' : (ARM_IMPLEMENTERS[implementer] ?? implementer));
  const model = MODEL_KEYS.map(first).find((value) => value !== undefined) ?? '';
  const count = blocks.filter((b) => Object.hasOwn(b, 'processor')).length;
  return { vendor, model, count };
}

/**
 * Each processor's `cpu MHz` from parsed /proc/cpuinfo, keyed as /proc/stat names the CPU (`cpu` and the
 * `processor` number). x86, PowerPC (`clock : 3000.000000MHz`) and s390 (`cpu MHz dynamic`) write it; ARM does
 * not, and then the record is empty.
 */
export function cpuinfoMhz(blocks: ReadonlyArray<Readonly<Record<string, string>>>): Record<string, number> {
  const mhz: Record<string, number> = {};
  for (const block of blocks) {
    const processor = block.processor;
    const value = Number.parseFloat(block['cpu MHz'] ?? block['cpu MHz dynamic'] ?? block.clock ?? '');
    if (processor !== undefined && /^\d+$/.test(processor) && Number.isFinite(value)) {
      mhz[`cpu${processor}`] = value;
    }
  }
  return mhz;
}
