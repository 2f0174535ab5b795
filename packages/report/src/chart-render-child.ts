import { chartSvg } from './chart-render.js';
import type { ChartJob } from './chart-renderer.js';
import { svgToPng } from './svg-to-png.js';

/**
 * The child process of ChartRenderer: a report's model and a chart's name in, its SVG (ECharts) and PNG (resvg)
 * out, one message each. Drawing here keeps the server's event loop free while a report is made, and resvg is
 * native code that can abort the process on input it cannot handle: that ends this child only, never the
 * command or the server.
 */
process.on('message', ({ id, model, file, png }: ChartJob) => {
  try {
    const svg = chartSvg(model, file);
    process.send?.({ id, svg, ...(png ? { png: svgToPng(svg) } : {}) });
  } catch (error) {
    process.send?.({ id, error: (error as Error).message });
  }
});
process.on('disconnect', () => process.exit(0));
