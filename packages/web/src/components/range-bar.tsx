import { formatInstant } from '../lib/durations.js';
import { RANGES, type RangeKey, type Window } from '../lib/time-range.js';
import { ButtonGroup } from './button-group.js';

/** ALL, 1H, 6H, 24H, 7D — relative to the end of the collection's own data — and the zoom state. */
export function RangeBar({
  range,
  zoom,
  onRange,
  onZoomOut,
  onZoomReset,
}: {
  range: RangeKey;
  zoom: Window | undefined;
  onRange: (range: RangeKey) => void;
  onZoomOut: () => void;
  onZoomReset: () => void;
}) {
  return (
    <div class="range-bar">
      <ButtonGroup class="segmented" label="Time range">
        {RANGES.map((key) => (
          <button
            type="button"
            key={key}
            class={!zoom && key === range ? 'active' : ''}
            aria-pressed={!zoom && key === range}
            title={key === 'ALL' ? 'The whole collection' : `The last ${key} of the collection's data`}
            onClick={() => onRange(key)}
          >
            {key}
          </button>
        ))}
      </ButtonGroup>
      {zoom ? (
        <div class="zoom-state">
          <span>
            Zoomed to {formatInstant(new Date(zoom.from * 1000).toISOString())} –{' '}
            {formatInstant(new Date(zoom.to * 1000).toISOString()).slice(11)}
          </span>
          <button type="button" class="button button-small" onClick={onZoomOut}>
            ← Back
          </button>
          <button type="button" class="button button-small" onClick={onZoomReset}>
            Reset zoom
          </button>
        </div>
      ) : (
        <span class="hint">Drag across a chart to zoom in</span>
      )}
    </div>
  );
}
