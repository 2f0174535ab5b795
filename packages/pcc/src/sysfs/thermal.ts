import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listDirectory, readAttribute } from './sysfs-files.js';

/** A temperature file to re-read at each sample, and the name its value is reported under. */
export interface TemperatureSensor {
  readonly name: string;
  /** Absolute path of a file holding milli-degrees Celsius. */
  readonly path: string;
}

/** Parses a sysfs temperature (milli-degrees Celsius, possibly negative) into degrees; null if not an integer. */
export function parseMilliCelsius(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) / 1000 : null;
}

/**
 * Finds the thermal zones under `<sysfsRoot>/class/thermal` that have a `temp` file, named
 * `thermal_zoneN/<type>` (`thermal_zoneN` when the type is unreadable). A missing directory yields [].
 */
export function findThermalSensors(sysfsRoot: string): TemperatureSensor[] {
  const classDir = resolve(sysfsRoot, 'class', 'thermal');
  const sensors: TemperatureSensor[] = [];
  for (const zone of listDirectory(classDir)) {
    if (!/^thermal_zone\d+$/.test(zone)) continue;
    const path = join(classDir, zone, 'temp');
    if (!existsSync(path)) continue;
    const type = readAttribute(join(classDir, zone, 'type'));
    sensors.push({ name: type ? `${zone}/${type}` : zone, path });
  }
  return sensors;
}
