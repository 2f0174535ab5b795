import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs } from 'node:util';
import {
  type Command,
  type CommandIo,
  type CommandLine,
  runCommand,
  text,
  UsageError,
} from './cli-command.js';

const LINE: CommandLine = { program: 'tool', usageHint: (name) => `Try 'tool ${name} --help'.`, parseArgs };

function recordingIo(): CommandIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (t) => lines.out.push(t), err: (t) => lines.err.push(t) };
}

/** `things show ID [--name N]`: prints what it was given. */
const show: Command<CommandIo> = {
  name: 'things show',
  usage: 'tool things show ID [--name N]',
  options: { name: { type: 'string' } },
  positionals: ['ID'],
  async run(values, [id], io) {
    io.out(`${id} ${text(values, 'name') ?? '-'}`);
    return 0;
  },
};

test('runCommand runs the command with its options and positional arguments', async () => {
  const io = recordingIo();
  assert.equal(await runCommand(LINE, show, ['7', '--name', 'ana'], io), 0);
  assert.deepEqual(io.lines, { out: ['7 ana'], err: [] });
});

test('--help (or -h) answers the usage and does not run the command', async () => {
  for (const flag of ['--help', '-h']) {
    const io = recordingIo();
    assert.equal(await runCommand(LINE, show, [flag], io), 0);
    assert.deepEqual(io.lines, { out: ['Usage: tool things show ID [--name N]'], err: [] });
  }
});

test('an unknown option is a usage error naming the option and the command: exit code 2', async () => {
  const io = recordingIo();
  assert.equal(await runCommand(LINE, show, ['7', '--bogus'], io), 2);
  assert.deepEqual(io.lines.out, []);
  assert.match(io.lines.err[0] ?? '', /^tool things show: Unknown option '--bogus'/);
  assert.equal(io.lines.err[1], "Try 'tool things show --help'.");
});

test('an option without its value is a usage error', async () => {
  const io = recordingIo();
  assert.equal(await runCommand(LINE, show, ['7', '--name'], io), 2);
  assert.match(io.lines.err[0] ?? '', /^tool things show: Option '--name <value>' argument missing/);
});

test('declared positional arguments are counted: too few or too many is a usage error', async () => {
  for (const args of [[], ['7', '8']]) {
    const io = recordingIo();
    assert.equal(await runCommand(LINE, show, args, io), 2);
    assert.deepEqual(io.lines, {
      out: [],
      err: ['tool things show: expects ID', "Try 'tool things show --help'."],
    });
  }
  const none = { ...show, name: 'things list', positionals: [] };
  const io = recordingIo();
  assert.equal(await runCommand(LINE, none, ['x'], io), 2);
  assert.equal(io.lines.err[0], 'tool things list: unexpected argument "x"');
});

test('without declared positional arguments, the command gets whatever was given', async () => {
  const { positionals: _, ...open } = show;
  const io = recordingIo();
  assert.equal(await runCommand(LINE, open, ['a', 'b'], io), 0);
  assert.deepEqual(io.lines.out, ['a -']);
});

test("a UsageError from the command is printed with its name; other errors are the caller's", async () => {
  const picky: Command<CommandIo> = {
    ...show,
    async run() {
      throw new UsageError('--name: "x" is not a name');
    },
  };
  const io = recordingIo();
  assert.equal(await runCommand(LINE, picky, ['7'], io), 2);
  assert.deepEqual(io.lines.err, [
    'tool things show: --name: "x" is not a name',
    "Try 'tool things show --help'.",
  ]);
  const failing: Command<CommandIo> = {
    ...show,
    async run() {
      throw new Error('boom');
    },
  };
  await assert.rejects(runCommand(LINE, failing, ['7'], recordingIo()), /boom/);
});
