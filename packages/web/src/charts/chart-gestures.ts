import type uPlot from 'uplot';

/**
 * Zoom by dragging a finger across a chart, as a mouse drag does: the span shows as uPlot's selection and
 * `onZoom` gets its ends in the x axis' unit. Vertical moves still scroll the page (styles.css: touch-action).
 * Returns what detaches it.
 */
export function touchZoom(u: uPlot, onZoom: (from: number, to: number) => void): () => void {
  const over = u.over;
  let start: number | undefined;
  const x = (event: TouchEvent) => (event.touches[0] ?? event.changedTouches[0])?.clientX ?? 0;
  const left = () => over.getBoundingClientRect().left;
  const onStart = (event: TouchEvent) => {
    start = event.touches.length === 1 ? x(event) - left() : undefined;
  };
  const onMove = (event: TouchEvent) => {
    if (start === undefined) return;
    const at = Math.max(0, Math.min(over.clientWidth, x(event) - left()));
    u.setSelect(
      { left: Math.min(start, at), width: Math.abs(at - start), top: 0, height: over.clientHeight },
      false,
    );
  };
  const onEnd = () => {
    if (start === undefined) return;
    start = undefined;
    const { left: from, width } = u.select;
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    if (width >= 8) onZoom(u.posToVal(from, 'x'), u.posToVal(from + width, 'x'));
  };
  const onCancel = () => {
    start = undefined;
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
  };
  over.addEventListener('touchstart', onStart, { passive: true });
  over.addEventListener('touchmove', onMove, { passive: true });
  over.addEventListener('touchend', onEnd);
  over.addEventListener('touchcancel', onCancel);
  return () => {
    over.removeEventListener('touchstart', onStart);
    over.removeEventListener('touchmove', onMove);
    over.removeEventListener('touchend', onEnd);
    over.removeEventListener('touchcancel', onCancel);
  };
}

/** What a key does to a chart's window: zoom in or out around its centre, or pan by half its width. */
export function keyAction(key: string): { zoom: number } | { pan: -1 | 1 } | undefined {
  if (key === '+' || key === '=') return { zoom: 0.5 };
  if (key === '-' || key === '_') return { zoom: 2 };
  if (key === 'ArrowLeft') return { pan: -1 };
  if (key === 'ArrowRight') return { pan: 1 };
  return undefined;
}
