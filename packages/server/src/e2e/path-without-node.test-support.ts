import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * A PATH on which every command of `path` is found but node: `dir` filled with links to them (node and the
 * system's commands often share /usr/bin, so leaving a directory out of PATH would take the shell with it).
 */
export function pathWithoutNode(dir: string, path = process.env.PATH ?? ''): string {
  mkdirSync(dir, { recursive: true });
  const linked = new Set<string>(['node', 'nodejs']);
  for (const from of path.split(delimiter)) {
    let names: string[];
    try {
      names = readdirSync(from);
    } catch {
      continue;
    }
    for (const name of names) {
      if (linked.has(name)) continue;
      linked.add(name);
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  return dir;
}
