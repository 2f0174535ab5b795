import { basename, dirname, join, resolve } from 'node:path';
import { listDirectory, readAttribute, resolveLink } from './sysfs-files.js';
import type { TemperatureSensor } from './thermal.js';

/**
 * Finds the `tempN_input` files of the chips under `<sysfsRoot>/class/hwmon`, named `<chip>/<label>`, or
 * `<chip>/tempN` without a label. When several inputs of a chip share a label, each becomes
 * `<label> (tempN)`. The chip is named as node_exporter names it (see chipName); a chip name already taken
 * gets `_hwmonN` appended. A missing directory yields [].
 */
export function findHwmonSensors(sysfsRoot: string): TemperatureSensor[] {
  const classDir = resolve(sysfsRoot, 'class', 'hwmon');
  const chips = new Set<string>();
  const sensors: TemperatureSensor[] = [];
  for (const entry of listDirectory(classDir)) {
    const dir = join(classDir, entry);
    const inputs = listDirectory(dir).flatMap((file) => /^(temp\d+)_input$/.exec(file)?.[1] ?? []);
    if (inputs.length === 0) continue;
    let chip = chipName(dir, entry);
    if (chips.has(chip)) chip = `${chip}_${entry}`;
    chips.add(chip);
    const named = inputs.map((input) => ({
      input,
      label: readAttribute(join(dir, `${input}_label`)) || input,
    }));
    for (const { input, label } of named) {
      const shared = named.filter((other) => other.label === label).length > 1;
      const name = shared ? `${chip}/${label} (${input})` : `${chip}/${label}`;
      sensors.push({ name, path: join(dir, `${input}_input`) });
    }
  }
  return sensors;
}

/**
 * node_exporter's chip name: from the `device` link's target `<parent dir>_<dir>` (`platform_coretemp_0`),
 * else the `name` file, else the hwmon directory's name; each sanitised to [a-zA-Z0-9_].
 */
function chipName(dir: string, entry: string): string {
  const device = resolveLink(join(dir, 'device'));
  if (device !== undefined) {
    const name = sanitise(basename(device));
    const parent = sanitise(basename(dirname(device)));
    if (name !== '') return parent === '' ? name : `${parent}_${name}`;
  }
  return sanitise(readAttribute(join(dir, 'name')) ?? '') || sanitise(entry);
}

function sanitise(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^_+|_+$/g, '');
}
