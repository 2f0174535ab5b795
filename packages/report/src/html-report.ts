import { GROUP_ORDER, hostMetric, metricGroup } from '@perfanalysis/shared/metric-catalog';
import { formatValue } from '@perfanalysis/shared/units';
import type { UtilisationRow } from '@perfanalysis/storage';
import type { ReportModel } from './model.js';
import { TEMPLATES } from './templates.js';
import { timeText } from './time-zone.js';

const STATS = ['p50', 'p90', 'p95', 'p99', 'mean', 'max'] as const;
const STAT_LABELS = ['P50', 'P90', 'P95', 'P99', 'Mean', 'Max'];

export const html = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export const CSS = `
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1f2733; margin: 24px auto; max-width: 1200px; font-size: 14px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #e3e7ed; padding-bottom: 4px; }
.muted { color: #6b7585; }
dl.identity { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.identity dt { color: #6b7585; } dl.identity dd { margin: 0; }
ul.findings li { margin: 4px 0; } ul.findings .figure { color: #6b7585; }
figure.chart { margin: 0 0 16px; page-break-inside: avoid; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
table.stats { border-collapse: collapse; width: 100%; font-size: 12px; }
table.stats th, table.stats td { padding: 3px 8px; border-bottom: 1px solid #eef1f5; text-align: left; }
table.stats td.num, table.stats th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.stats tr.group th { background: #f4f6f9; font-weight: bold; }
table.stats tr { page-break-inside: avoid; break-inside: avoid; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.delta.up { color: #b42318; } .delta.down { color: #1f7a3d; } .delta.level-0 { color: #6b7585; }
@page { margin: 14mm; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; break-after: avoid; } }
`;

function identity(model: ReportModel): string {
  const { host, range } = model;
  const items: [string, string | null][] = [
    ['Host', host.name],
    ['Site', host.site],
    ['OS', host.os],
    ['Kernel', host.kernel],
    ['CPU', host.cpuModel === null ? null : `${host.cpuModel}${host.cpuCount ? ` × ${host.cpuCount}` : ''}`],
    ['CPUs', host.cpuModel === null && host.cpuCount !== null ? String(host.cpuCount) : null],
    ['Memory', host.memoryMb === null ? null : formatValue(host.memoryMb, 'MB')],
    ['From', timeText(range.from, model.timeZone)],
    ['To', timeText(range.to, model.timeZone)],
    ['Time zone', model.timeZone],
    ['Sampling interval', `${formatValue(range.intervalSeconds, '')} s`],
    ['Samples', model.table.samples.toLocaleString('en')],
    ['Source', model.source],
  ];
  return `<dl class="identity">${items
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<dt>${html(k)}</dt><dd>${html(v as string)}</dd>`)
    .join('')}</dl>`;
}

/** A report's findings as a list, each with its figure. */
export function findingsHtml(model: ReportModel): string {
  if (model.findings.length === 0) return '<p>Nothing stood out: no threshold was crossed.</p>';
  return `<ul class="findings">${model.findings
    .map(
      (f) =>
        `<li data-finding="${f.id}">${html(f.text)} <span class="figure">(${html(f.figure)})</span></li>`,
    )
    .join('')}</ul>`;
}

/** The utilisation table as the dashboard groups it: rows with data, by group, the figures in their units. */
export function utilisationHtml(rows: readonly UtilisationRow[], samplesNote: string): string {
  const withData = rows.filter((r) => r.count > 0);
  const body = GROUP_ORDER.map((group) => {
    const inGroup = withData.filter((r) => metricGroup(r.metric) === group);
    if (inGroup.length === 0) return '';
    const lines = inGroup.map((row) => {
      const { unit, description } = hostMetric(row.metric);
      const cells = STATS.map((s) => `<td class="num">${html(formatValue(row[s], unit))}</td>`).join('');
      return `<tr data-metric="${row.metric}"><td>${row.metric} <span class="muted">${html(description)}</span></td>${cells}<td class="num muted">${row.count.toLocaleString('en')}</td></tr>`;
    });
    return `<tbody><tr class="group"><th colspan="${STATS.length + 2}">${group}</th></tr>${lines.join('')}</tbody>`;
  }).join('');
  const head = STAT_LABELS.map((l) => `<th class="num">${l}</th>`).join('');
  return `<table class="stats"><thead><tr><th>Metric</th>${head}<th class="num">Samples</th></tr></thead>${body}</table><p class="muted">${html(samplesNote)}</p>`;
}

/**
 * The report as one self-contained HTML page: inline CSS and inline SVG charts (the PNGs' own SVG), no
 * script and no external request; printable (page breaks between charts, not inside them).
 */
export function reportHtml(model: ReportModel, svgs: ReadonlyMap<string, string>): string {
  const charts = TEMPLATES.map((t) => {
    const svg = svgs.get(t.file) ?? '';
    return `<figure class="chart" id="${t.file.replace('.png', '')}" aria-label="${html(t.title)}">${svg.replace(/^<\?xml[^>]*>/, '')}</figure>`;
  }).join('\n');
  const note = model.table.exact
    ? 'Percentiles are exact (percentile_cont over every sample).'
    : 'Percentiles come from quantile sketches, each within 1 % of the exact value; count, mean and max are exact.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(`Performance report — ${model.host.name}`)}</title><style>${CSS}</style></head>
<body>
<header><h1>Performance report — ${html(model.host.name)}</h1>
<p class="muted">Generated ${timeText(model.generatedAt, model.timeZone)} by PerfAnalysis</p></header>
<section id="identity"><h2>Host and time range</h2>${identity(model)}</section>
<section id="findings"><h2>Findings</h2>${findingsHtml(model)}</section>
<section id="charts"><h2>Charts</h2>
${charts}
</section>
<section id="utilisation"><h2>Utilisation</h2>${utilisationHtml(model.table.rows, note)}</section>
</body></html>
`;
}
