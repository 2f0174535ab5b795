import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path inside the package's fixtures (`packages/pcc/testdata`, from this file's folder in src/ or dist/). */
export function fixturePath(...parts: string[]): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'testdata', ...parts);
}

/**
 * Copies a fixture tree into a new temporary directory, turning back into symlinks the files that stand for
 * one: the stored fixtures hold a link as a small file whose text is its relative target (`../../devices/…`).
 * Returns the copy's path; the caller removes it.
 */
export function fixtureCopyWithLinks(...parts: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'pcc-fixture-'));
  copyTree(fixturePath(...parts), copy);
  return copy;
}

function copyTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target);
      copyTree(source, target);
      continue;
    }
    const text = readFileSync(source, 'utf8');
    if (/^(\.\.\/)+\S+$/.test(text) && existsSync(resolve(from, text))) symlinkSync(text, target);
    else writeFileSync(target, text);
  }
}
