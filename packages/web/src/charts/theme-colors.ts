import { onDark } from '@perfanalysis/shared/palette';

/** A colour of the page's theme (styles.css) now: light or dark, as the page is. */
export const themeValue = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** themeValue, read each time a chart draws. */
export const themed = (name: string) => () => themeValue(name);

/** Whether the page is drawn dark now: the switch's choice, or the system's setting when none is made. */
function pageIsDark(): boolean {
  return getComputedStyle(document.documentElement).colorScheme === 'dark';
}

/** A series colour as the page's theme draws it: palette colours have a lighter counterpart on dark cards. */
export function themedColor(color: string): string {
  return pageIsDark() ? onDark(color) : color;
}
