import { formatValue } from '@perfanalysis/shared/units';
import type { FrameSeries } from './chart-frame.js';
import { themedColor, themeValue } from './theme-colors.js';

/**
 * A chart as a PNG, as it is shown: its title and window above the plot's canvas (axes and lines, in the page's
 * light or dark colours), and its legend below, each series' colour with its min, mean and max.
 */
export function chartImage(
  plot: HTMLCanvasElement,
  title: string,
  caption: string,
  series: readonly FrameSeries[],
  unit: string,
): Promise<Blob | null> {
  const scale = Math.max(1, window.devicePixelRatio || 1);
  const line = Math.round(20 * scale);
  const head = Math.round(44 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = plot.width;
  canvas.height = head + plot.height + line * series.length + Math.round(10 * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = themeValue('--surface') || '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const pad = Math.round(8 * scale);
  ctx.textBaseline = 'top';
  ctx.fillStyle = themeValue('--text') || '#1d2430';
  ctx.font = `600 ${Math.round(14 * scale)}px system-ui, sans-serif`;
  ctx.fillText(title, pad, pad);
  ctx.fillStyle = themeValue('--muted') || '#5f6b7a';
  ctx.font = `${Math.round(11 * scale)}px system-ui, sans-serif`;
  ctx.fillText(caption, pad, pad + Math.round(18 * scale));
  ctx.drawImage(plot, 0, head);
  series.forEach((s, i) => {
    const y = head + plot.height + Math.round(6 * scale) + i * line;
    ctx.fillStyle = themedColor(s.color);
    ctx.fillRect(pad, y + 2 * scale, 10 * scale, 10 * scale);
    ctx.fillStyle = themeValue('--text') || '#1d2430';
    const { min, mean, max } = s.stats;
    const figures = `min ${formatValue(min, unit)}   mean ${formatValue(mean, unit)}   max ${formatValue(max, unit)}`;
    ctx.fillText(`${s.label}   ${figures}`, pad + 16 * scale, y);
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
