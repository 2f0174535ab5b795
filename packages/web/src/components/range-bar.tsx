import { formatInstant } from '../lib/durations.js';
import { panned, RANGES, scaled, type Window } from '../lib/time-range.js';
import { ButtonGroup } from './button-group.js';
import { LastRange, WindowPicker } from './range-picker.js';
import { TimeZoneSwitch } from './time-zone-switch.js';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * ALL, 1H, 6H, 24H, 7D and the last N minutes or hours — relative to the end of the collection's own data — a
 * window from a start to an end, moving the window earlier or later by half its width, zooming out, and the
 * time zone the times are shown in.
 */
export function RangeBar({
  range,
  zoom,
  shown,
  onRange,
  onWindow,
  onZoomReset,
  charts,
}: {
  range: string;
  zoom: Window | undefined;
  /** The window on screen (a relative range's, once the data says where it ends). */
  shown: Window | undefined;
  onRange: (range: string) => void;
  onWindow: (window: Window) => void;
  onZoomReset: () => void;
  /** Whether the view below draws charts: the hint about dragging across one only then. */
  charts: boolean;
}) {
  const move = (direction: -1 | 1) => shown && onWindow(panned(shown, direction));
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
      <LastRange range={zoom ? undefined : range} onRange={onRange} />
      <ButtonGroup class="segmented" label="Move and zoom">
        <button type="button" disabled={!shown} title="Earlier by half the window" onClick={() => move(-1)}>
          ◀ Earlier
        </button>
        <button type="button" disabled={!shown} title="Later by half the window" onClick={() => move(1)}>
          Later ▶
        </button>
        <button
          type="button"
          disabled={!shown}
          title="Twice as wide, around the same centre"
          onClick={() => shown && onWindow(scaled(shown, 2))}
        >
          Zoom out
        </button>
      </ButtonGroup>
      <WindowPicker shown={shown} onWindow={onWindow} />
      <TimeZoneSwitch />
      {zoom ? (
        <div class="zoom-state">
          <span>
            Zoomed to {formatInstant(iso(zoom.from))} – {formatInstant(iso(zoom.to))}
          </span>
          <button type="button" class="button button-small" onClick={onZoomReset}>
            Reset zoom
          </button>
        </div>
      ) : (
        charts && <span class="hint">Drag across a chart to zoom in; Back returns to the previous range</span>
      )}
    </div>
  );
}
