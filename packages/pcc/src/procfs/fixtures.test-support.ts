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

/** Path inside the shared fixtures (`<repo root>/../shared/fixtures`), the repo root being found from this file. */
export function fixturePath(...parts: string[]): string {
  return resolve(repoRoot(), '..', 'shared', 'fixtures', ...parts);
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

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && hasWorkspaces(JSON.parse(readFileSync(manifest, 'utf8')))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json with "workspaces" above the tests');
    dir = parent;
  }
}

function hasWorkspaces(manifest: unknown): boolean {
  return typeof manifest === 'object' && manifest !== null && 'workspaces' in manifest;
}
