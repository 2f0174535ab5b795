import { useEffect } from 'preact/hooks';

export const LIVE_REFRESH_MS = 5000;

/** While `active`, calls `refresh` every few seconds, and not while the tab is hidden. */
export function useLiveRefresh(active: boolean, refresh: (quiet: boolean) => void): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh(true);
    }, LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, refresh]);
}

/** The dashboard grid's columns at this window width (as styles.css lays them out). */
export function chartColumns(width = window.innerWidth): number {
  return width >= 3200 ? 4 : width >= 2200 ? 3 : width >= 1200 ? 2 : 1;
}

/** About one point per pixel of a chart in the dashboard's grid. */
export function chartPoints(): number {
  const main = Math.max(600, window.innerWidth - 280);
  const pixels = (main / chartColumns()) * Math.min(2, window.devicePixelRatio || 1);
  return Math.max(200, Math.min(2000, Math.round(pixels)));
}

/** Charts grow a little taller on large monitors. */
export function chartHeight(): number {
  return window.innerWidth >= 2200 ? 280 : 220;
}
