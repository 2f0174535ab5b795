import { useEffect, useState } from 'preact/hooks';
import { lastRange, type Window } from '../lib/time-range.js';
import { fromFieldValue, toFieldValue } from '../lib/time-zone.js';
import { ErrorNote } from './feedback.js';
import { TimeField } from './time-field.js';
import { useTimeZone } from './time-zone-switch.js';

/** "Last [90] [minutes]": a relative range of any length, beside the preset buttons. */
export function LastRange({
  range,
  onRange,
}: {
  range: string | undefined;
  onRange: (range: string) => void;
}) {
  const match = range ? /^(\d+)([mh])$/.exec(range) : null;
  const [count, setCount] = useState(match?.[1] ?? '30');
  const [unit, setUnit] = useState<'m' | 'h'>(match?.[2] === 'h' ? 'h' : 'm');
  useEffect(() => {
    if (match) {
      setCount(match[1] ?? '30');
      setUnit(match[2] === 'h' ? 'h' : 'm');
    }
  }, [range]);
  const wanted = lastRange(Number(count), unit);
  return (
    <form
      class={match ? 'last-range active' : 'last-range'}
      aria-label="Last minutes or hours"
      onSubmit={(event) => {
        event.preventDefault();
        if (wanted) onRange(wanted);
      }}
    >
      <label>
        Last
        <input
          name="last-count"
          type="number"
          min="1"
          max="999999"
          step="1"
          required
          value={count}
          onInput={(event) => setCount(event.currentTarget.value)}
        />
      </label>
      <select
        name="last-unit"
        aria-label="Unit"
        value={unit}
        onChange={(event) => setUnit(event.currentTarget.value === 'h' ? 'h' : 'm')}
      >
        <option value="m">minutes</option>
        <option value="h">hours</option>
      </select>
      <button type="submit" class="button button-small" disabled={!wanted}>
        Show
      </button>
    </form>
  );
}

/** From a start to an end, typed in the zone the page shows times in. */
export function WindowPicker({
  shown,
  onWindow,
}: {
  shown: Window | undefined;
  onWindow: (w: Window) => void;
}) {
  const zone = useTimeZone();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState('');
  /** Opening starts from the window shown. */
  const toggle = () => {
    if (!open && shown) {
      setFrom(toFieldValue(shown.from, zone));
      setTo(toFieldValue(shown.to, zone));
      setError('');
    }
    setOpen(!open);
  };
  return (
    <div class="window-picker">
      <button type="button" class="button button-small" aria-expanded={open} onClick={toggle}>
        From – to…
      </button>
      {open && (
        <form
          aria-label="Show a window"
          onSubmit={(event) => {
            event.preventDefault();
            const start = fromFieldValue(from, zone);
            const end = fromFieldValue(to, zone);
            if (start === undefined || end === undefined) return setError('Give a start and an end.');
            if (!(end > start)) return setError('The end must come after the start.');
            setOpen(false);
            onWindow({ from: start, to: end });
          }}
        >
          <TimeField label="From" name="window-from" zone={zone} value={from} onInput={setFrom} />
          <TimeField label="To" name="window-to" zone={zone} value={to} onInput={setTo} />
          <ErrorNote message={error || undefined} />
          <button type="submit" class="button button-small button-primary">
            Apply
          </button>
        </form>
      )}
    </div>
  );
}
