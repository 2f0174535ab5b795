import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const CHILD_MARK = 'PCC_DAEMON_CHILD';

/** Set by the build of the self-contained executable (esbuild --define, npm run build:binary). */
declare const PCC_EXECUTABLE: boolean | undefined;
/**
 * The arguments that start this same pcc again after process.execPath: the script and pcc's arguments under
 * node; under the self-contained executable, whose argv[1] is the name it was called by, only pcc's arguments.
 */
const RESTART_ARGS =
  typeof PCC_EXECUTABLE === 'boolean'
    ? process.argv.slice(2)
    : [...process.execArgv, ...process.argv.slice(1)];

/** True in the detached copy that --daemon starts. */
export function isDaemonChild(): boolean {
  return process.env[CHILD_MARK] === '1';
}

/**
 * Starts this same command again, detached from the terminal, with its output appended to the log file,
 * and writes its pid file. Refuses when the pid file names a process that is still running.
 */
export function detach(pidFile: string, logFile: string): number {
  const running = runningPid(pidFile);
  if (running !== undefined) throw new Error(`already running as pid ${running} (pid file ${pidFile})`);
  mkdirSync(dirname(pidFile), { recursive: true });
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, RESTART_ARGS, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, [CHILD_MARK]: '1' },
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error('could not start in the background');
  writeFileSync(pidFile, `${child.pid}\n`);
  child.unref();
  return child.pid;
}

/** In the detached copy: removes the pid file on the way out, if it is still ours. */
export function removePidFileAtExit(pidFile: string): void {
  process.on('exit', () => {
    if (runningPid(pidFile) === process.pid) rmSync(pidFile, { force: true });
  });
}

function runningPid(pidFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (!(pid > 0)) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
