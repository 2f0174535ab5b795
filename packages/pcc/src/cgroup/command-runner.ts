// node:child_process loads only when a command runs, on hosts that need one: the agent stays small elsewhere.

/**
 * Runs a command to its end and gives its standard output; rejects with an Error naming the command and the
 * first line it printed to standard error, whose `code` is ENOENT when there is no such command.
 */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: { readonly signal: AbortSignal; readonly timeoutMs: number; readonly env?: NodeJS.ProcessEnv },
) => Promise<string>;

const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

export const runCommand: CommandRunner = async (command, args, { signal, timeoutMs, env }) => {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { env: env ?? process.env, signal, timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES },
      (error, stdout, stderr) => {
        if (!error) return resolve(String(stdout));
        const reason = String(stderr).trim().split('\n')[0] || error.message;
        reject(Object.assign(new Error(`${command} ${args[0] ?? ''}: ${reason}`), { code: error.code }));
      },
    );
  });
};
