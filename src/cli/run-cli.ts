// Runs one `parley` command line: finds the command, parses its options, maps failures to exit codes.
import { ConfigError } from '../config.ts';
import { ParleyError } from '../domain/errors.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliContext, type Command } from './command.ts';
import { commandHelp, groupHelp, overviewHelp } from './help.ts';
import { parseOptions } from './parse-options.ts';

const HELP_FLAGS = new Set(['--help', '-h']);

function findCommand(commands: readonly Command[], argv: string[]): { command: Command; rest: string[] } | undefined {
  // The longest name wins, so "token create" is found before a hypothetical "token".
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

function describeFailure(error: unknown): string {
  if (error instanceof ParleyError) {
    const issues = error.details?.issues;
    const lines = Array.isArray(issues)
      ? issues.map((issue: { path?: unknown; message?: unknown }) => `  ${issue.path ? `${String(issue.path)}: ` : ''}${String(issue.message)}`)
      : [];
    return [error.message, ...lines].join('\n');
  }
  if (error instanceof ConfigError) return error.message;
  if (error instanceof UsageError) return error.message;
  // An unexpected failure: its kind helps whoever reads the report.
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}

export async function runCli(argv: string[], commands: readonly Command[], context: CliContext): Promise<number> {
  const say = (text: string) => context.stdout.write(text);
  const complain = (text: string) => context.stderr.write(text);
  const [first, ...others] = argv;

  if (first === undefined) {
    complain(overviewHelp(commands));
    return EXIT_USAGE;
  }
  if (HELP_FLAGS.has(first) || first === 'help') {
    const found = others.length > 0 ? findCommand(commands, others) : undefined;
    say(found ? commandHelp(found.command) : overviewHelp(commands));
    return EXIT_OK;
  }

  const found = findCommand(commands, argv);
  if (!found) {
    const isGroup = commands.some((c) => c.name.startsWith(`${first} `));
    if (isGroup && (others.length === 0 || HELP_FLAGS.has(others[0] ?? ''))) {
      if (others.length === 0) {
        complain(groupHelp(first, commands));
        return EXIT_USAGE;
      }
      say(groupHelp(first, commands));
      return EXIT_OK;
    }
    if (isGroup) {
      complain(`parley: unknown subcommand '${first} ${others[0] ?? ''}'\n\n${groupHelp(first, commands)}`);
    } else {
      complain(`parley: unknown command '${first}'. Run 'parley --help' for the list.\n`);
    }
    return EXIT_USAGE;
  }

  const { command, rest } = found;
  const usageHint = `Usage: parley ${command.usage}\nRun 'parley ${command.name} --help' for details.\n`;
  let options;
  try {
    options = parseOptions(rest, command.options);
  } catch (error) {
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      say(commandHelp(command));
      return EXIT_OK;
    }
    complain(`parley ${command.name}: ${describeFailure(error)}\n${usageHint}`);
    return EXIT_USAGE;
  }
  if (options.help === true) {
    say(commandHelp(command));
    return EXIT_OK;
  }

  try {
    return await command.run(options, context);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`parley ${command.name}: ${error.message}\n${usageHint}`);
      return EXIT_USAGE;
    }
    complain(`parley ${command.name}: ${describeFailure(error)}\n`);
    return EXIT_FAILURE;
  }
}
