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

/** About one point per pixel of a chart in the dashboard's grid. */
export function chartPoints(): number {
  const main = Math.max(600, window.innerWidth - 240);
  const columns = main >= 1100 ? 2 : 1;
  return Math.max(
    200,
    Math.min(2000, Math.round((main / columns) * Math.min(2, window.devicePixelRatio || 1))),
  );
}
