// Child process: generates the benchmark's workspace into a fresh store, apart from the server's
// process so that the load's memory is not counted as the server's.
import { serveRequests } from './child.ts';
import { loadConfig } from '../src/config.ts';
import { openConfiguredStore } from '../src/server/start-server.ts';
import { secretBoxFor } from '../src/cli/secret-key.ts';
import { migrate } from '../src/store/database.ts';
import { seedWorkspace, type SeedSummary } from '../src/store/seed/index.ts';

export interface SeedRequest { dataDir: string; databaseUrl: string | undefined; conversations: number }

serveRequests(async (body): Promise<SeedSummary> => {
  const request = body as SeedRequest;
  // The server's own rules for where the store and the secret key are, so it opens what this wrote.
  const config = loadConfig({ PARLEY_DATA_DIR: request.dataDir, PARLEY_DATABASE_URL: request.databaseUrl });
  const store = openConfiguredStore(config);
  try {
    await migrate(store);
    let reported = 0;
    return await seedWorkspace(store, {
      conversations: request.conversations,
      secretBox: secretBoxFor(config),
      onProgress: (done, total) => {
        if (done - reported < total / 10 && done !== total) return;
        reported = done;
        process.stderr.write(`  seeded ${done.toLocaleString('en')} / ${total.toLocaleString('en')} conversations\n`);
      },
    });
  } finally {
    await store.close();
  }
});
