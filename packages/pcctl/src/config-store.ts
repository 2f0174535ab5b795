import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What `pcctl login` keeps: the server and a refresh token, which is as good as the password for a while. */
export interface StoredLogin {
  readonly server: string;
  readonly username: string;
  readonly refresh: string;
}

/** ~/.config/perfanalysis/pcctl.json, or under XDG_CONFIG_HOME; PCCTL_CONFIG names another file. */
export function configPath(env: NodeJS.ProcessEnv): string {
  if (env.PCCTL_CONFIG) return env.PCCTL_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'perfanalysis', 'pcctl.json');
}

export async function readLogin(path: string): Promise<StoredLogin | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<StoredLogin>;
    if (
      typeof parsed.server === 'string' &&
      typeof parsed.username === 'string' &&
      typeof parsed.refresh === 'string'
    )
      return { server: parsed.server, username: parsed.username, refresh: parsed.refresh };
  } catch {
    // reported below
  }
  throw new Error(`${path} is not a pcctl login file; remove it, or run pcctl logout`);
}

/** Writes the login readable by its owner only (mode 600, in a directory of mode 700 when it creates one). */
export async function writeLogin(path: string, login: StoredLogin): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode applies only to a file it creates: an older one keeps its own.
  await chmod(path, 0o600);
}

/** Forgets the login; true when there was one. */
export async function removeLogin(path: string): Promise<boolean> {
  const existed = (await readLogin(path).catch(() => true)) !== undefined;
  await rm(path, { force: true });
  return existed;
}
