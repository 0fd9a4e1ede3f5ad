// The help texts: the overview of every command, a group's subcommands, and one command's options.
import type { Command } from './command.ts';

export function overviewHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'parley: the Parley server and its admin tools',
    '',
    'Usage: parley <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'parley <command> --help' for a command's options.",
    'Settings come from environment variables (PORT, PARLEY_DATA_DIR, PARLEY_DATABASE_URL, …): see README.md.',
    '',
  ].join('\n');
}

export function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter((c) => c.name.startsWith(`${group} `));
  const width = Math.max(...members.map((c) => c.name.length)) + 2;
  return [
    `Usage: parley ${group} <subcommand> [options]`,
    '',
    'Subcommands:',
    ...members.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    `Run 'parley ${group} <subcommand> --help' for its options.`,
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.description] as const;
  });
  rows.push(['-h, --help', 'Show this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: parley ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`),
    ...(command.notes ? ['', command.notes.trimEnd()] : []),
    '',
  ].join('\n');
}
