import { formatTable, type LoadTestRun } from '@perfanalysis/shared';

/** Within this share of the highest units/s, a level counts as saturated. */
const SATURATED = 0.97;
/** Scaling counts as even when every level delivers within this share of linear. */
const EVEN = 0.1;

const number = (value: number): string => Math.round(value).toLocaleString('en-US');

/** The table of levels and the saturation and scaling summary that `pcc loadtest` prints. */
export function formatLoadTest(run: LoadTestRun): string {
  const [first] = run.steps;
  if (first === undefined) return 'no level completed';
  const top = run.steps.reduce((best, s) => (s.units_per_s > best.units_per_s ? s : best), first);
  // Linear: the units/s of the highest level, scaled down by level.
  const highest = run.steps.reduce((a, s) => (s.target_pct > a.target_pct ? s : a), top);
  const linear = (target: number): number => (highest.units_per_s * target) / highest.target_pct;
  const rows = run.steps.map((s) => [
    String(s.target_pct),
    s.achieved_pct.toFixed(1),
    s.own_pct.toFixed(1),
    s.steal_pct.toFixed(1),
    number(s.units_per_s),
    number(s.units_per_s / run.threads),
    linear(s.target_pct) > 0 ? `${(s.units_per_s / linear(s.target_pct)).toFixed(2)}×` : '-',
  ]);
  const table = formatTable(
    ['target %', 'host %', 'pcc %', 'steal %', 'units/s', 'per thread', 'vs linear'],
    rows,
  );
  const saturation = [...run.steps]
    .sort((a, b) => a.target_pct - b.target_pct)
    .find((s) => s.units_per_s >= SATURATED * top.units_per_s);
  const ratios = run.steps.map((s) => s.units_per_s / linear(s.target_pct)).filter(Number.isFinite);
  const worst = ratios.reduce((w, r) => (Math.abs(r - 1) > Math.abs(w - 1) ? r : w), 1);
  const even = ratios.every((r) => Math.abs(r - 1) <= EVEN);
  const steal = Math.max(...run.steps.map((s) => s.steal_pct));
  const lines = [
    table,
    '',
    `Work unit ${run.work_unit.name} v${run.work_unit.version}, ${run.threads} thread${run.threads === 1 ? '' : 's'} on ${run.cpu_count} CPUs (${run.cpu_model || 'CPU model unknown'}), ${run.step_duration_s} s per level`,
    `At ${highest.target_pct} %: ${number(highest.units_per_s)} units/s, ${number(highest.units_per_s / Math.max(1, run.cpu_count))} per CPU`,
    saturation !== undefined && saturation.target_pct < highest.target_pct
      ? `Saturated at ${saturation.target_pct} %: higher levels bought no more work (CPU credits, a noisy neighbour, or fewer real cores than threads)`
      : `No saturation below ${highest.target_pct} %: work kept growing with the level`,
    even
      ? `Scaling: even (every level within ${EVEN * 100} % of linear)`
      : `Scaling: uneven (one level at ${worst.toFixed(2)}× of linear)`,
  ];
  if (steal >= 1) lines.push(`Steal: up to ${steal.toFixed(1)} % (the hypervisor gave the CPU to others)`);
  return lines.join('\n');
}
