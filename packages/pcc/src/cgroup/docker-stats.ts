import { CGROUP_CPU_FIELDS, CGROUP_IO_FIELDS, type ContainerCounters, NET_FIELD } from '@perfanalysis/shared';

/** One container's line of `docker stats --no-stream --format '{{json .}}'`, parsed. */
export interface DockerStatsRow {
  /** The container's id: the full one with --no-trunc, else docker's short one. */
  readonly id: string;
  readonly name: string;
  /** CPUPerc: 100 is one core. */
  readonly cpuPercent: number | undefined;
  /** MemUsage: usage and limit, bytes. */
  readonly memory: readonly [number, number] | undefined;
  /** NetIO: received and sent since the container started, bytes. */
  readonly net: readonly [number, number] | undefined;
  /** BlockIO: read and written since the container started, bytes. */
  readonly block: readonly [number, number] | undefined;
  readonly pids: number | undefined;
}

/** go-units' sizes: binary for memory (`2.352MiB`), decimal for I/O (`13.3kB`). */
const UNITS: Readonly<Record<string, number>> = {
  B: 1,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
  PiB: 2 ** 50,
};
const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)$/;

/** A docker size (`539kB`, `2.352MiB`) in bytes; undefined for anything else (`--` of a stopped container). */
export function parseDockerSize(text: string): number | undefined {
  const match = SIZE.exec(text.trim());
  const unit = match ? UNITS[match[2] ?? ''] : undefined;
  return match && unit !== undefined ? Math.round(Number(match[1]) * unit) : undefined;
}

/** `2.352MiB / 982.5MiB` → both sizes in bytes; undefined when either is not a size. */
function sizePair(value: unknown): readonly [number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const [a = '', b = ''] = value.split('/');
  const first = parseDockerSize(a);
  const second = parseDockerSize(b);
  return first === undefined || second === undefined ? undefined : [first, second];
}

function number(value: unknown, suffix = ''): number | undefined {
  if (typeof value !== 'string' || !value.endsWith(suffix)) return undefined;
  const parsed = Number(value.slice(0, value.length - suffix.length));
  return value.length > suffix.length && Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * The containers of `docker stats --no-stream --format '{{json .}}'` output, a JSON object a line. A line
 * that is not one, or has no ID, is left out.
 */
export function parseDockerStats(text: string): DockerStatsRow[] {
  const rows: DockerStatsRow[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const fields = value as Record<string, unknown>;
    if (typeof fields.ID !== 'string' || fields.ID === '') continue;
    rows.push({
      id: fields.ID,
      name: typeof fields.Name === 'string' && fields.Name !== '' ? fields.Name : fields.ID.slice(0, 12),
      cpuPercent: number(fields.CPUPerc, '%'),
      memory: sizePair(fields.MemUsage),
      net: sizePair(fields.NetIO),
      block: sizePair(fields.BlockIO),
      pids: number(fields.PIDs),
    });
  }
  return rows;
}

const USAGE = CGROUP_CPU_FIELDS.indexOf('usage_usec');
const IO = { rbytes: CGROUP_IO_FIELDS.indexOf('rbytes'), wbytes: CGROUP_IO_FIELDS.indexOf('wbytes') };

/**
 * Raw counters made from `docker stats`, which gives rates for CPU and totals for the rest: a CPU usage
 * counter that grows at docker's last CPUPerc between two of its answers (so the derived CPU % is docker's),
 * and the memory, network and block I/O totals as they are. Docker gives no packet, error, drop or
 * operation counts: those stay 0.
 */
export class DockerStatsCounters {
  readonly #cpu = new Map<string, { usageUsec: number; perSecond: number; since: number }>();
  #rows: readonly DockerStatsRow[] = [];

  /** Takes docker's answer, read at `nowMs` (a monotonic clock, milliseconds). */
  update(rows: readonly DockerStatsRow[], nowMs: number): void {
    const next = new Map<string, { usageUsec: number; perSecond: number; since: number }>();
    for (const row of rows) {
      const known = this.#cpu.get(row.id);
      const usageUsec = known ? known.usageUsec + (known.perSecond * (nowMs - known.since)) / 1000 : 0;
      next.set(row.id, { usageUsec, perSecond: ((row.cpuPercent ?? 0) / 100) * 1e6, since: nowMs });
    }
    this.#cpu.clear();
    for (const [id, cpu] of next) this.#cpu.set(id, cpu);
    this.#rows = rows;
  }

  /** The containers' counters at `nowMs`, keyed by id; undefined when docker listed none. */
  read(nowMs: number): Record<string, ContainerCounters> | undefined {
    if (this.#rows.length === 0) return undefined;
    const result: Record<string, ContainerCounters> = {};
    for (const row of this.#rows) {
      const cpu = this.#cpu.get(row.id);
      const counters: { -readonly [K in keyof ContainerCounters]?: ContainerCounters[K] } = {
        name: row.name,
        runtime: 'docker',
        cgroup: '',
      };
      if (cpu && row.cpuPercent !== undefined) {
        const usage = CGROUP_CPU_FIELDS.map(() => 0);
        usage[USAGE] = Math.round(cpu.usageUsec + (cpu.perSecond * Math.max(nowMs - cpu.since, 0)) / 1000);
        counters.cpu = usage;
      }
      if (row.memory) [counters.memory_current, counters.memory_max] = row.memory;
      if (row.block) {
        const io = CGROUP_IO_FIELDS.map(() => 0);
        [io[IO.rbytes], io[IO.wbytes]] = row.block;
        counters.io = io;
      }
      if (row.net) {
        const net = new Array<number>(16).fill(0);
        [net[NET_FIELD.rxBytes], net[NET_FIELD.txBytes]] = row.net;
        counters.net = net;
      }
      if (row.pids !== undefined) counters.pids = row.pids;
      result[row.id] = counters as ContainerCounters;
    }
    return result;
  }
}
