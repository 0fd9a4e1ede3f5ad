// `parley migrate`: applies the pending database migrations and says which ones ran.
import { EXIT_OK, type Command } from '../command.ts';
import { withStore } from '../with-store.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations (the server also does this on start)',
  usage: 'migrate',
  options: {},
  async run(_options, context) {
    const config = context.loadConfig();
    const where = config.databaseUrl ? 'PostgreSQL (PARLEY_DATABASE_URL)' : `SQLite in ${config.dataDir}`;
    const applied = await withStore(config, async (_store, applied) => applied);
    if (applied.length === 0) {
      context.stdout.write(`${where}: already up to date, no migration to apply\n`);
    } else {
      for (const name of applied) context.stdout.write(`applied ${name}\n`);
      context.stdout.write(`${where}: ${applied.length} migration${applied.length === 1 ? '' : 's'} applied\n`);
    }
    return EXIT_OK;
  },
};
