import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './process-running.js';
import { serverUrl } from './server-url.js';
import { waitingBytes } from './spool.js';

const ABOUT = 'server.json';
const LOCK = 'pcc.pid';

/**
 * The spool of one server and key, below the spool root: a sample is only ever sent with the key it was
 * collected for, so runs with other keys (other collectors, other tenants) never see it. The directory is
 * named by a hash of the server's address and the key, so the key itself appears in no file name; a small
 * `server.json` in it names the server (never the key), for whoever looks.
 */
export function keyedSpoolDir(root: string, server: string, apiKey: string): string {
  const url = serverUrl(server).href;
  const id = createHash('sha256').update(`${url}\n${apiKey}`).digest('hex').slice(0, 16);
  const dir = join(root, id);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, ABOUT), `${JSON.stringify({ server: url })}\n`, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') throw new Error(`cannot use the spool directory ${dir}: ${code}`);
  }
  return dir;
}

/**
 * Claims a keyed spool for this process, and returns what gives it back. Two runs with one server and key
 * would send each other's samples and race on the cursor, so a spool that a running pcc holds is refused;
 * one left by a pcc that died is taken over.
 */
export function claimSpoolDir(dir: string): () => void {
  const lock = join(dir, LOCK);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new Error(`cannot use the spool directory ${dir}: ${code}`);
    }
    const holder = lockHolder(lock);
    if (holder !== undefined && isRunning(holder)) {
      throw new Error(
        `the spool ${dir} is in use by pcc pid ${holder}, which sends to the same server with the same key; ` +
          'stop it, or give this run another --spool',
      );
    }
    rmSync(lock, { force: true });
  }
  throw new Error(`cannot claim the spool directory ${dir}`);
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples that a pcc from before keyed spools left directly in the spool root. Nothing recorded which key
 * they were collected for, so they are never sent on their own: returns what to tell the user (how much
 * waits there, how to send it with this key if it is that key's, or how to delete it), or undefined when
 * nothing waits there.
 */
export function oldSpoolNotice(root: string, keyedDir: string): string | undefined {
  const waiting = waitingBytes(root);
  if (waiting === 0) return undefined;
  const files = `${join(root, '*.jsonl')} ${join(root, 'cursor.json')}`;
  return (
    `${root} holds ${Math.ceil(waiting / 1024)} KiB of samples from an older pcc, which did not record the key ` +
    'they were collected for: they are not sent. If they belong to this server and key, stop pcc and move ' +
    `them into its spool while nothing waits there: mv ${files} ${keyedDir}/ ; otherwise delete them: rm ${files}`
  );
}
