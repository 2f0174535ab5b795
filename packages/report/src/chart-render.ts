import { isComparison } from './chart-files.js';
import { chartOption } from './chart-option.js';
import { comparisonSvg } from './comparison-chart.js';
import type { ComparisonModel } from './comparison-model.js';
import { echarts } from './echarts-bundle.js';
import type { ReportModel } from './model.js';
import { PNG_WIDTH, pngHeight, TEMPLATES, type Template } from './templates.js';

/** A template as SVG, by ECharts' server-side renderer (no DOM). */
export function templateSvg(model: ReportModel, template: Template): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: PNG_WIDTH,
    height: pngHeight(template),
  });
  try {
    chart.setOption(chartOption(model, template));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** One chart of a report, named by its PNG file, as SVG. */
export function chartSvg(model: ReportModel | ComparisonModel, file: string): string {
  if (isComparison(model)) return comparisonSvg(model);
  const template = TEMPLATES.find((t) => t.file === file);
  if (template === undefined) throw new TypeError(`no chart ${file}`);
  return templateSvg(model, template);
}
