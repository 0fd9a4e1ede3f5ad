// Turns a command's arguments into option values with node:util parseArgs, and reads them typed.
import { parseArgs } from 'node:util';
import { UsageError, type OptionSpecs, type OptionValues } from './command.ts';

export function parseOptions(args: string[], specs: OptionSpecs): OptionValues {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return values as OptionValues;
  } catch (error) {
    // parseArgs reports bad usage as TypeErrors with an ERR_PARSE_ARGS_* code and a clear message.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError((error as Error).message);
    throw error;
  }
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new UsageError(`--${name} needs a value`);
  return value;
}

export function requiredString(values: OptionValues, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function positiveIntegerOption(values: OptionValues, name: string): number | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not '${value}'`);
  return Number(value);
}
