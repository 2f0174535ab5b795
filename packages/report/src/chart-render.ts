import * as echarts from 'echarts';
import { chartOption } from './chart-option.js';
import type { ReportModel } from './model.js';
import { PNG_WIDTH, pngHeight, type Template } from './templates.js';

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
