import { useEffect, useState } from 'preact/hooks';
import {
  browserZone,
  onTimeZoneChange,
  setTimeZone,
  timeZone,
  type ZoneChoice,
  zoneName,
} from '../lib/time-zone.js';

/** The zone times are shown in, re-rendering the caller when it changes. */
export function useTimeZone(): ZoneChoice {
  const [zone, setZone] = useState(timeZone);
  useEffect(() => onTimeZoneChange(setZone), []);
  return zone;
}

/** The browser's zone or UTC, for every time on every page; remembered in this browser. */
export function TimeZoneSwitch({ class: className = 'zone-switch' }: { class?: string }) {
  const zone = useTimeZone();
  return (
    <label class={className}>
      Times
      <select
        name="time-zone"
        value={zone}
        onChange={(event) => setTimeZone(event.currentTarget.value as ZoneChoice)}
      >
        <option value="local" title={browserZone()}>{`Browser (${zoneName('local')})`}</option>
        <option value="utc">UTC</option>
      </select>
    </label>
  );
}
