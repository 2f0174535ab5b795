import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { askHidden, formatTable } from '@perfanalysis/shared';
import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { required, runCommand, text, UsageError } from '@perfanalysis/shared/cli-command';
import { ApiClient, normaliseServer, PcctlError } from './api-client.js';
import { BENCHMARK_COMMANDS } from './benchmark-commands.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command, type PcctlIo } from './command.js';
import { configPath, readLogin, removeLogin, writeLogin } from './config-store.js';
import { connect } from './connect.js';
import { LOADTEST_COMMANDS } from './loadtest-commands.js';
import { reportCommand } from './report-command.js';

export type { PcctlIo } from './command.js';

export const VERSION: string = createRequire(import.meta.url)('../package.json').version;

const USAGE = `Usage: pcctl <command> [options]

The command line for the PerfAnalysis portal's API.

Commands:
  login --server URL --username NAME [--password P]  log in (asks for the password when not given)
  logout                                             forget the login
  collectors list [--site SITE]                      the collectors, their status and when last seen
  collectors create --machine-name NAME [--site-name SITE] [--platform TEXT]
                                                     a new collector: its id, API key and install command
  collectors show ID                                 one collector, with its system information
  collectors regenerate-key ID                       a new API key for a collector (the old one stops working)
  report (--collector ID | --compare ID,ID,…) [--format html|pdf|png] [--out PATH]
                                                     a report (or a comparison) as the portal makes it
  loadtest list|show ID|compare --collectors C,C|upload FILE
                                                     load-test runs (pcc loadtest): list, one run, units/s per
                                                     level across machines, a result file pcc wrote
  benchmark list|stats|upload FILE                   benchmark scores (pcc benchmark), their spread per
                                                     machine, a result file pcc wrote

Options:
${COMMON_HELP}
  -h, --help           help (also: pcctl <command> --help)
  -v, --version        the version

The login (the server and a refresh token) is kept in ~/.config/perfanalysis/pcctl.json, mode 600. A
refresh token works once: each command keeps the next one, so run commands of one login one at a time (two at
once end the login). Instead of logging in, scripts can set:
  PCCTL_SERVER         the portal
  PCCTL_APIKEY         a user API key as username:key (create one in the portal, under your account)
  PCCTL_PASSWORD       the password for pcctl login
Exit status: 0 done, 1 failed (with the API's message), 2 a usage error.`;

type CollectorOut = ApiAnswer<'getCollector'>;
type KeyOut = ApiAnswer<'createCollector', 201>;

const login: Command = {
  name: 'login',
  usage: `pcctl login --server URL --username NAME [--password PASSWORD]

  --server URL         the portal (default: PCCTL_SERVER)
  --username NAME      your user name in the portal
  --password PASSWORD  (default: PCCTL_PASSWORD; else it is asked for on the terminal)

Keeps the server and a refresh token in ~/.config/perfanalysis/pcctl.json (mode 600); pcctl logout forgets them.`,
  options: { server: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' } },
  positionals: [],
  async run(values, _positionals, io) {
    const serverText = text(values, 'server') ?? io.env.PCCTL_SERVER;
    if (!serverText) throw new UsageError('--server is required (or set PCCTL_SERVER)');
    const server = normaliseServer(serverText, values.server ? '--server' : 'PCCTL_SERVER');
    const username = required(values, 'username');
    const password =
      text(values, 'password') ??
      (io.env.PCCTL_PASSWORD || (await io.askPassword(`Password for ${username}: `)));
    if (password === undefined || password === '')
      throw new UsageError('no password: give --password, set PCCTL_PASSWORD, or run pcctl on a terminal');
    const anonymous = new ApiClient(server);
    const tokens = await anonymous.request<{ access: string; refresh: string }>(
      'POST',
      '/api/v1/auth/token/',
      {
        username,
        password,
      },
    );
    const user = await anonymous
      .withAuthorization(`Bearer ${tokens.access}`)
      .request<{ username: string; role: string; tenant: string }>('GET', '/api/v1/auth/user/');
    const path = configPath(io.env);
    await writeLogin(path, { server, username: user.username, refresh: tokens.refresh });
    io.out(`Logged in to ${server} as ${user.username} (${user.role}, tenant ${user.tenant}).`);
    return 0;
  },
};

const logout: Command = {
  name: 'logout',
  usage: 'pcctl logout\n\nForgets the login that pcctl login kept (the server and the refresh token).',
  options: {},
  positionals: [],
  async run(_values, _positionals, io) {
    const path = configPath(io.env);
    const stored = await readLogin(path).catch(() => undefined);
    const removed = await removeLogin(path);
    io.out(removed ? `Logged out${stored ? ` of ${stored.server}` : ''}.` : 'Not logged in.');
    return 0;
  },
};

const collectorsList: Command = {
  name: 'collectors list',
  usage: `pcctl collectors list [--site SITE] [--json]

  --site SITE          only the collectors of this site
${COMMON_HELP}`,
  options: { ...COMMON_OPTIONS, site: { type: 'string' } },
  positionals: [],
  async run(values, _positionals, io) {
    const api = await connect(values, io);
    const site = text(values, 'site');
    const collectors: CollectorOut[] = [];
    let count = 0;
    do {
      const query = new URLSearchParams({ limit: '1000', offset: String(collectors.length) });
      if (site !== undefined) query.set('site', site);
      const page = await api.request<ApiAnswer<'listCollectors'>>('GET', `/api/v1/collectors/?${query}`);
      count = page.count;
      collectors.push(...page.results);
      if (page.results.length === 0) break;
    } while (collectors.length < count);
    if (values.json) {
      io.out(JSON.stringify({ count, results: collectors }));
      return 0;
    }
    if (collectors.length === 0) {
      io.out(
        site === undefined
          ? 'No collectors yet: pcctl collectors create --machine-name NAME'
          : `No collectors in site ${site}.`,
      );
      return 0;
    }
    io.out(
      formatTable(
        ['ID', 'MACHINE', 'SITE', 'PLATFORM', 'STATUS', 'LAST SEEN', 'FILES'],
        collectors.map((c) => [
          c.id,
          c.machine_name,
          c.site_name ?? '-',
          c.platform ?? '-',
          c.status,
          c.last_seen ?? 'never',
          String(c.files_count),
        ]),
      ),
    );
    return 0;
  },
};

const collectorsCreate: Command = {
  name: 'collectors create',
  usage: `pcctl collectors create --machine-name NAME [--site-name SITE] [--platform TEXT] [--json]

  --machine-name NAME  the server's name, e.g. web-01
  --site-name SITE     a group of servers, e.g. "Azure benchmark"
  --platform TEXT      e.g. "Linux Server"
${COMMON_HELP}

Prints the collector's id, its API key (shown once) and the command that installs pcc on the server.`,
  options: {
    ...COMMON_OPTIONS,
    'machine-name': { type: 'string' },
    'site-name': { type: 'string' },
    platform: { type: 'string' },
  },
  positionals: [],
  async run(values, _positionals, io) {
    const machineName = required(values, 'machine-name');
    const api = await connect(values, io);
    const body: Record<string, string> = { machine_name: machineName };
    const site = text(values, 'site-name');
    const platform = text(values, 'platform');
    if (site !== undefined) body.site_name = site;
    if (platform !== undefined) body.platform = platform;
    const created = await api.request<KeyOut>('POST', '/api/v1/collectors/', body);
    if (values.json) io.out(JSON.stringify(created));
    else printKey(io, `Created collector ${created.machine_name}${site ? ` in site ${site}` : ''}.`, created);
    return 0;
  },
};

const collectorsShow: Command = {
  name: 'collectors show',
  usage: `pcctl collectors show ID [--json]\n\n${COMMON_HELP}`,
  options: COMMON_OPTIONS,
  positionals: ['ID'],
  async run(values, [id = ''], io) {
    const api = await connect(values, io);
    const c = await api.request<CollectorOut>('GET', `/api/v1/collectors/${encodeURIComponent(id)}/`);
    if (values.json) {
      io.out(JSON.stringify(c));
      return 0;
    }
    const rows: [string, string][] = [
      ['id', c.id],
      ['machine name', c.machine_name],
      ['site', c.site_name ?? '-'],
      ['platform', c.platform ?? '-'],
      ['status', c.status],
      ['last seen', c.last_seen ?? 'never'],
      ['last upload', c.last_upload ?? 'never'],
      ['files', String(c.files_count)],
      ['API key', `${c.api_key_prefix}… (pcctl collectors regenerate-key ${c.id} for a new one)`],
      ['created', c.created_at],
    ];
    for (const [name, value] of Object.entries(c.system_info ?? {})) {
      rows.push([`system ${name}`, typeof value === 'string' ? value : JSON.stringify(value)]);
    }
    const width = Math.max(...rows.map(([name]) => name.length));
    for (const [name, value] of rows) io.out(`${`${name}:`.padEnd(width + 2)}${value}`);
    return 0;
  },
};

const collectorsRegenerateKey: Command = {
  name: 'collectors regenerate-key',
  usage: `pcctl collectors regenerate-key ID [--json]

${COMMON_HELP}

The old key stops working at once: give the new one to pcc (PCC_APIKEY), or run the install command again.`,
  options: COMMON_OPTIONS,
  positionals: ['ID'],
  async run(values, [id = ''], io) {
    const api = await connect(values, io);
    const key = await api.request<KeyOut>(
      'POST',
      `/api/v1/collectors/${encodeURIComponent(id)}/regenerate-key/`,
    );
    if (values.json) io.out(JSON.stringify(key));
    else printKey(io, `New API key for collector ${key.machine_name}; the old one no longer works.`, key);
    return 0;
  },
};

const COMMANDS: readonly Command[] = [
  login,
  logout,
  collectorsList,
  collectorsCreate,
  collectorsShow,
  collectorsRegenerateKey,
  reportCommand,
  ...LOADTEST_COMMANDS,
  ...BENCHMARK_COMMANDS,
];

function printKey(io: PcctlIo, headline: string, key: KeyOut): void {
  io.out(headline);
  io.out(`  id:       ${key.id}`);
  io.out(`  API key:  ${key.api_key}   (shown once)`);
  io.out('Install pcc on the server, as root, with:');
  io.out(`  ${key.install_command}`);
}

/** Runs pcctl with these arguments; returns the exit code. */
export async function runPcctl(argv: readonly string[], io: PcctlIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === undefined) {
      io.err(USAGE);
      return 2;
    }
    io.out(USAGE);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`pcctl ${VERSION}`);
    return 0;
  }
  const command =
    COMMANDS.find((c) => c.name === `${first} ${second}`) ??
    COMMANDS.find((c) => c.name === first && !c.name.includes(' '));
  if (!command) {
    const what = ['collectors', 'collector', 'loadtest', 'benchmark'].includes(first)
      ? [first, second]
      : [first];
    io.err(`pcctl: unknown command "${what.filter(Boolean).join(' ')}"`);
    io.err("Try 'pcctl --help'.");
    return 2;
  }
  try {
    return await runCommand(
      { program: 'pcctl', usageHint: (name) => `Try 'pcctl ${name} --help'.`, parseArgs },
      command,
      argv.slice(command.name.split(' ').length),
      io,
    );
  } catch (error) {
    if (!(error instanceof PcctlError) && !isFileError(error)) throw error;
    io.err(`pcctl ${command.name}: ${(error as Error).message}`);
    return error instanceof PcctlError ? error.exitCode : 1;
  }
}

function isFileError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** The real process: its streams, its environment, and its terminal for the password. */
export function processIo(): PcctlIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    askPassword: (question) => (process.stdin.isTTY ? promptHidden(question) : readFirstLine()),
  };
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return askHidden(
    createInterface({ input: process.stdin, output: process.stderr, terminal: true }),
    question,
  );
}

/** Without a terminal, the password is the first line of the standard input (`… | pcctl login …`). */
async function readFirstLine(): Promise<string | undefined> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return undefined;
}
