import type { Io } from './command.js';
import { runCli } from './main.js';

/** Runs `perfanalysis ARGS…` in this process, not on a terminal; its exit code and what it printed. */
export async function perfanalysis(
  args: readonly string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (line) => {
      out += `${line}\n`;
    },
    err: (line) => {
      err += `${line}\n`;
    },
    interactive: false,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}
