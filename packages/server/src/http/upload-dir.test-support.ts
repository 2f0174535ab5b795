import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('./upload-dir.js', import.meta.url));
const SCRIPT = `
const { writeFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { uploadDir } = await import(process.env.MODULE);
const dir = await uploadDir(process.env.ROOT);
writeFileSync(join(dir, 'partial-upload'), Buffer.alloc(1 << 20));
console.log(dir);
if (process.env.CRASH) process.kill(process.pid, 'SIGKILL');
else setInterval(() => undefined, 1000);
`;

/**
 * Another process with an upload half written in its upload directory under `root`: one that crashed
 * (killed, gone), or one still running (the caller stops it). Resolves with its directory.
 */
export async function uploadingProcess(
  root: string,
  fate: 'crashed' | 'running',
): Promise<{ dir: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    env: { ...process.env, MODULE, ROOT: root, CRASH: fate === 'crashed' ? '1' : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  if (fate === 'crashed') await exited;
  return { dir: line.toString().trim(), child };
}
