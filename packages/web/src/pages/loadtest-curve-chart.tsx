import { formatTick } from '@perfanalysis/shared/units';
import { Swatch } from '../components/swatch.js';

export interface Curve {
  readonly label: string;
  readonly color: string;
  /** [achieved utilisation %, units/s], in level order. */
  readonly points: readonly (readonly [number, number])[];
}

const W = 720;
const H = 300;
const PAD = { left: 70, right: 16, top: 12, bottom: 36 };

/**
 * Work units per second against the utilisation actually reached, one line per run: x is what the machine
 * showed in /proc/stat, not the target, so a run that could not reach its level shows where it stopped.
 */
export function LoadTestCurveChart({ curves, unit }: { curves: readonly Curve[]; unit: string }) {
  const top = Math.max(1, ...curves.flatMap((c) => c.points.map(([, y]) => y))) * 1.1;
  const x = (pct: number) => PAD.left + (pct / 100) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / top) * (H - PAD.top - PAD.bottom);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return (
    <section class="chart card" aria-label="Work units per second by achieved utilisation">
      <header class="chart-head">
        <h3>Work units per second by achieved utilisation</h3>
      </header>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label="Work units per second by achieved utilisation, a line per run"
        class="loadtest-curves"
      >
        {[0, 25, 50, 75, 100].map((pct) => (
          <g key={`x${pct}`}>
            <line x1={x(pct)} x2={x(pct)} y1={PAD.top} y2={H - PAD.bottom} stroke="#eef0f3" />
            <text x={x(pct)} y={H - PAD.bottom + 18} text-anchor="middle" fill="#5b6472" font-size="12">
              {pct}%
            </text>
          </g>
        ))}
        {yTicks.map((value) => (
          <g key={`y${value}`}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} stroke="#eef0f3" />
            <text x={PAD.left - 6} y={y(value) + 4} text-anchor="end" fill="#5b6472" font-size="12">
              {formatTick(value, unit)}
            </text>
          </g>
        ))}
        {curves.map((c) => (
          <g key={c.label}>
            <polyline
              points={c.points.map(([px, py]) => `${x(px)},${y(py)}`).join(' ')}
              fill="none"
              stroke={c.color}
              stroke-width="2"
            />
            {c.points.map(([px, py]) => (
              <circle key={`${px}-${py}`} cx={x(px)} cy={y(py)} r="3.5" fill={c.color}>
                <title>{`${c.label}: ${Math.round(py).toLocaleString('en')} ${unit} at ${px.toFixed(1)} %`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <div class="legend">
        {curves.map((c) => (
          <span class="legend-item" key={c.label}>
            <Swatch color={c.color} />
            <span class="legend-label">{c.label}</span>
          </span>
        ))}
      </div>
    </section>
  );
}
