import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { chartOption, FONT_FAMILY } from './chart-option.js';
import type { ReportModel } from './model.js';
import { PNG_WIDTH, pngHeight, type Template } from './templates.js';

const require = createRequire(import.meta.url);
/** The font shipped with the package (DejaVu Sans), so that a PNG looks the same on every machine. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
);

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

/** An SVG as PNG at its own size, with the shipped font only (no system fonts). */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
