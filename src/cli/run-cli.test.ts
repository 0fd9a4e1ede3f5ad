import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { ParleyError } from '../domain/errors.ts';
import { UsageError, type CliContext, type Command, type OptionValues } from './command.ts';
import { runCli } from './run-cli.ts';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  return () => text;
}

function harness(commands: Command[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const context: CliContext = {
    stdin: Readable.from([]), stdout, stderr,
    loadConfig: () => loadConfig({}),
    untilStopped: () => Promise.resolve('SIGINT'),
  };
  return { run: (argv: string[]) => runCli(argv, commands, context), out, err };
}

function command(name: string, run: (options: OptionValues) => Promise<number>): Command {
  return {
    name, summary: `does ${name}`, usage: `${name} --flag VALUE`,
    options: { flag: { type: 'string', value: 'VALUE', description: 'a flag' }, loud: { type: 'boolean', short: 'l', description: 'louder' } },
    run: (options) => run(options),
  };
}

describe('runCli', () => {
  const seen: OptionValues[] = [];
  const commands = [
    command('widget make', async (options) => { seen.push(options); return 0; }),
    command('widget break', async () => { throw new ParleyError('validation_failed', 'the widget is wrong', { issues: [{ path: 'size', message: 'too big' }] }); }),
    command('fuss', async () => { throw new UsageError('--flag must be shouted'); }),
  ];

  it('passes parsed options to the command that the leading words name', async () => {
    const { run } = harness(commands);
    expect(await run(['widget', 'make', '--flag', 'blue', '-l'])).toBe(0);
    expect(seen.at(-1)).toMatchObject({ flag: 'blue', loud: true });
  });

  it('prints the overview on --help, help and -h with exit 0', async () => {
    for (const argv of [['--help'], ['help'], ['-h']]) {
      const { run, out } = harness(commands);
      expect(await run(argv)).toBe(0);
      expect(out()).toContain('widget make');
      expect(out()).toContain('fuss');
    }
  });

  it('prints the overview on stderr and exits 2 when no command is given', async () => {
    const { run, out, err } = harness(commands);
    expect(await run([])).toBe(2);
    expect(out()).toBe('');
    expect(err()).toContain('Usage: parley <command>');
  });

  it("shows a command's options for --help, wherever it stands, without running it", async () => {
    const before = seen.length;
    for (const argv of [['widget', 'make', '--help'], ['widget', 'make', '--flag', 'x', '-h'], ['help', 'widget', 'make'], ['widget', 'make', '--nope', '--help']]) {
      const { run, out } = harness(commands);
      expect(await run(argv)).toBe(0);
      expect(out()).toContain('Usage: parley widget make --flag VALUE');
      expect(out()).toContain('--flag VALUE');
    }
    expect(seen.length).toBe(before);
  });

  it('lists a group\'s subcommands: exit 0 when asked, exit 2 when the subcommand is missing or unknown', async () => {
    const asked = harness(commands);
    expect(await asked.run(['widget', '--help'])).toBe(0);
    expect(asked.out()).toContain('widget break');
    const missing = harness(commands);
    expect(await missing.run(['widget'])).toBe(2);
    expect(missing.err()).toContain('widget make');
    const unknown = harness(commands);
    expect(await unknown.run(['widget', 'melt'])).toBe(2);
    expect(unknown.err()).toContain("unknown subcommand 'widget melt'");
  });

  it('exits 2 with the usage on an unknown command, an unknown option, a stray argument or a missing value', async () => {
    const cases: [string[], string][] = [
      [['frobnicate'], "unknown command 'frobnicate'"],
      [['widget', 'make', '--colour', 'red'], "Unknown option '--colour'"],
      [['widget', 'make', 'stray'], 'stray'],
      [['widget', 'make', '--flag'], '--flag'],
    ];
    for (const [argv, message] of cases) {
      const { run, err } = harness(commands);
      expect(await run(argv), argv.join(' ')).toBe(2);
      expect(err()).toContain(message);
    }
  });

  it('exits 2 when the command itself finds the usage wrong', async () => {
    const { run, err } = harness(commands);
    expect(await run(['fuss'])).toBe(2);
    expect(err()).toContain('parley fuss: --flag must be shouted');
    expect(err()).toContain('Usage: parley fuss');
  });

  it('exits 1 with the domain error and its issues when the command fails', async () => {
    const { run, err } = harness(commands);
    expect(await run(['widget', 'break'])).toBe(1);
    expect(err()).toContain('parley widget break: the widget is wrong');
    expect(err()).toContain('size: too big');
  });
});
