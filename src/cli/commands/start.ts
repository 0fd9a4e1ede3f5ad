// `parley start`: runs the server from the environment's settings until SIGINT or SIGTERM.
import { EXIT_OK, type Command } from '../command.ts';

export const startCommand: Command = {
  name: 'start',
  summary: 'Run the server (what `npm start` does)',
  usage: 'start',
  options: {},
  notes: [
    'Serves on PORT (default 3000) with SQLite under PARLEY_DATA_DIR (default ./data);',
    'PARLEY_DATABASE_URL and PARLEY_REDIS_URL switch to PostgreSQL and Redis.',
    'Set PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD on the first start to create the first admin.',
  ].join('\n'),
  async run(_options, context) {
    const config = context.loadConfig();
    // Loaded on use, so help and the other commands do not pay for the server's modules.
    const { startServer } = await import('../../server/start-server.ts');
    const server = await startServer(config);
    const { logger } = server.services;
    logger.info({ url: server.url }, `Parley is listening on ${server.url}`);
    const signal = await context.untilStopped();
    logger.info({ signal }, 'shutting down');
    await server.close();
    return EXIT_OK;
  },
};
