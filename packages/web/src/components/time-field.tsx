import { type ZoneChoice, zoneName } from '../lib/time-zone.js';

/**
 * A date and time to the second, typed in `zone` and labelled with it ("Start (UTC)"). The value is the
 * field's text (lib/time-zone's toFieldValue / fromFieldValue convert it).
 */
export function TimeField({
  label,
  name,
  zone,
  value,
  onInput,
  required = false,
}: {
  label: string;
  name: string;
  zone: ZoneChoice | undefined;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
}) {
  return (
    <label>
      {label} ({zoneName(zone)})
      <input
        name={name}
        type="datetime-local"
        step="1"
        required={required}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}
