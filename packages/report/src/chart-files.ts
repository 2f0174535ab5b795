import type { ComparisonModel } from './comparison-model.js';
import type { ReportModel } from './model.js';
import { pngHeight, TEMPLATES } from './templates.js';

/** The comparison's one chart (compare.png): every chart, the runs overlaid. */
export const COMPARISON_PNG = 'compare.png';

export const isComparison = (model: ReportModel | ComparisonModel): model is ComparisonModel =>
  'runs' in model;

/** The charts of a report by their PNG file names, in the templates' order. */
export function chartFiles(model: ReportModel | ComparisonModel): string[] {
  return isComparison(model) ? [COMPARISON_PNG] : TEMPLATES.map((t) => t.file);
}

/** A chart's height in pixels, for drawing the largest (slowest) first; 0 for the comparison's. */
export function chartHeight(file: string): number {
  const template = TEMPLATES.find((t) => t.file === file);
  return template === undefined ? 0 : pngHeight(template);
}
