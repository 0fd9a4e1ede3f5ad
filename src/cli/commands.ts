// Every `parley` subcommand, in the order the help lists them.
import type { Command } from './command.ts';
import { startCommand } from './commands/start.ts';
import { demoCommand } from './commands/demo.ts';
import { migrateCommand } from './commands/migrate.ts';
import { adminCreateCommand } from './commands/admin-create.ts';
import { tokenCreateCommand } from './commands/token-create.ts';
import { channelAddCommand } from './commands/channel-add.ts';
import { createAnalyzeCommand } from './commands/analyze.ts';
import { seedCommand } from './commands/seed.ts';

export const COMMANDS: readonly Command[] = [
  startCommand,
  demoCommand,
  migrateCommand,
  adminCreateCommand,
  tokenCreateCommand,
  channelAddCommand,
  createAnalyzeCommand(),
  seedCommand,
];
