// What a `parley` subcommand is: its name, its options and help, and the run function.
import type { Readable, Writable } from 'node:stream';
import type { ParleyConfig } from '../config.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The placeholder shown in help, e.g. EMAIL. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;
export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Reads the configuration; only the entry point decides where it comes from. */
  loadConfig(): ParleyConfig;
  /** Resolves with the signal's name when the user asks a long-running command to stop. */
  untilStopped(): Promise<string>;
}

export interface Command {
  /** The words that select it, e.g. "token create". */
  name: string;
  summary: string;
  /** The synopsis after "parley", e.g. "token create --name NAME [--scopes LIST]". */
  usage: string;
  options: OptionSpecs;
  /** Extra help: examples and notes, printed after the options. */
  notes?: string;
  /** Resolves with the process exit code. */
  run(options: OptionValues, context: CliContext): Promise<number>;
}

/** Bad usage: the command line itself is wrong, so the command prints its usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
