import type uPlot from 'uplot';
import { themedColor } from './theme-colors.js';

/** A shaded window on a time chart: a run, with its name, in the x axis' unit (unix seconds). */
export interface ChartRegion {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly kind: 'run' | 'loadtest';
  /** Shaded in this colour (a compared item's) instead of its kind's. */
  readonly color?: string | undefined;
}

/**
 * Shades each region over the plot (under the cursor layer, letting the pointer through, so dragging still
 * zooms) with its name at its top left; regions outside the x window are left out, the rest clipped to it.
 */
export function placeRegions(u: uPlot, regions: readonly ChartRegion[] | undefined): void {
  for (const old of u.over.querySelectorAll('.run-region')) old.remove();
  const width = u.over.clientWidth;
  for (const region of regions ?? []) {
    const left = Math.max(0, u.valToPos(region.from, 'x'));
    const right = Math.min(width, u.valToPos(region.to, 'x'));
    if (!(right > left)) continue;
    const box = document.createElement('div');
    box.className = `run-region run-region-${region.kind}`;
    box.style.left = `${left}px`;
    box.style.width = `${right - left}px`;
    box.title = region.label;
    if (region.color) {
      box.classList.add('run-region-colored');
      box.style.setProperty('--region-color', themedColor(region.color));
    }
    const label = document.createElement('span');
    label.className = 'run-region-label';
    label.textContent = region.label;
    box.append(label);
    u.over.append(box);
  }
}
