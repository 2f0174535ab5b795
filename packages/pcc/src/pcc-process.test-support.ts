import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PCC = fileURLToPath(new URL('../bin/pcc.js', import.meta.url));

export interface PccResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the pcc command to its end, with only PATH and `env` in its environment. */
export function pcc(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onStart?: (child: ChildProcess) => void,
): Promise<PccResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PCC, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    onStart?.(child);
  });
}
