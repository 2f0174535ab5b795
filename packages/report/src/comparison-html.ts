import { formatElapsed } from '@perfanalysis/shared/time-ticks';
import { formatValue } from '@perfanalysis/shared/units';
import {
  biggestDifferences,
  changeText,
  groupRows,
  STAT_LABELS,
} from '@perfanalysis/shared/utilisation-compare';
import type { ComparisonModel } from './comparison-model.js';
import { CSS, findingsHtml, html } from './html-report.js';
import { timeText } from './time-zone.js';

function runsTable(model: ComparisonModel): string {
  const rows = model.runs.map((run, i) => {
    const { report } = run;
    const seconds = (report.range.to.getTime() - report.range.from.getTime()) / 1000;
    return `<tr data-run="${i}"><td><span class="swatch" style="background:${run.color}"></span>${html(run.label)}${i === model.baseline ? ' <span class="muted">(baseline)</span>' : ''}</td><td>${html(report.host.site ?? '')}</td><td>${timeText(report.range.from, model.timeZone)}</td><td class="num">${formatElapsed(seconds).slice(1)}</td><td class="num">${formatValue(report.range.intervalSeconds, '')} s</td><td class="num">${report.table.samples.toLocaleString('en')}</td><td>${html(report.source)}</td></tr>`;
  });
  return `<table class="stats"><thead><tr><th>Run</th><th>Site</th><th>Start</th><th class="num">Length</th><th class="num">Interval</th><th class="num">Samples</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function differences(model: ComparisonModel): string {
  const stat = STAT_LABELS[model.stat];
  const items = biggestDifferences(model.rows);
  if (items.length === 0) return `<p>No metric differs from the baseline by 20 % or more at ${stat}.</p>`;
  return `<ul class="findings">${items
    .map(({ row, run, cell }) => {
      const r = model.runs[run];
      const base = row.cells[model.baseline]?.value;
      return `<li data-difference="${row.metric}"><span class="delta ${(cell.change ?? 0) > 0 ? 'up' : 'down'}">${html(changeText(cell.change))}</span> <strong>${row.metric}</strong> ${stat} on <span style="color:${r?.color}">${html(r?.label ?? '')}</span>: ${html(formatValue(cell.value, row.unit))} <span class="figure">against ${html(formatValue(base, row.unit))}</span></li>`;
    })
    .join('')}</ul>`;
}

function sideBySide(model: ComparisonModel): string {
  const head = model.runs
    .map(
      (run) =>
        `<th class="num"><span class="swatch" style="background:${run.color}"></span>${html(run.label)}</th>`,
    )
    .join('');
  const body = groupRows(model.rows)
    .map(({ group, rows }) => {
      const lines = rows.map((row) => {
        const cells = row.cells
          .map((cell) => {
            const change = changeText(cell.change);
            return `<td class="num">${html(formatValue(cell.value, row.unit))}${change ? ` <span class="delta ${(cell.change ?? 0) > 0 ? 'up' : 'down'} level-${cell.level}">${html(change)}</span>` : ''}</td>`;
          })
          .join('');
        return `<tr data-metric="${row.metric}"><td>${row.metric} <span class="muted">${html(row.description)}</span></td>${cells}</tr>`;
      });
      return `<tbody><tr class="group"><th colspan="${model.runs.length + 1}">${group}</th></tr>${lines.join('')}</tbody>`;
    })
    .join('');
  return `<table class="stats"><thead><tr><th>Metric (${STAT_LABELS[model.stat]})</th>${head}</tr></thead>${body}</table>`;
}

/**
 * The comparison as one self-contained HTML page (inline CSS and SVG, no script, no external request): the
 * runs, where they differ from the baseline, the charts overlaid, the tables side by side and each run's
 * findings.
 */
export function comparisonHtml(model: ComparisonModel, svg: string): string {
  const title = `Comparison — ${model.runs.map((r) => r.label).join(' vs ')}`;
  const findings = model.runs.map((run) => `<h3>${html(run.label)}</h3>${findingsHtml(run.report)}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title><style>${CSS}</style></head>
<body>
<header><h1>${html(title)}</h1>
<p class="muted">Generated ${timeText(model.generatedAt, model.timeZone)} by PerfAnalysis; differences from ${html(model.runs[model.baseline]?.label ?? '')} at ${STAT_LABELS[model.stat]}</p></header>
<section id="runs"><h2>Runs</h2>${runsTable(model)}</section>
<section id="differences"><h2>Where they differ</h2>${differences(model)}</section>
<section id="charts"><h2>Charts</h2><figure class="chart" id="compare" aria-label="The runs overlaid">${svg.replace(/^<\?xml[^>]*>/, '')}</figure></section>
<section id="utilisation"><h2>Utilisation, side by side</h2>${sideBySide(model)}</section>
<section id="findings"><h2>Findings</h2>${findings}</section>
</body></html>
`;
}
