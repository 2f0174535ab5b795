import { themedColor } from '../charts/theme-colors.js';

/** The small square of a series' colour beside its name, in the colour the page's theme draws it. */
export function Swatch({ color }: { color: string }) {
  return <span class="swatch" style={{ background: themedColor(color) }} />;
}
