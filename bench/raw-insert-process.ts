// Child process: the raw insert (the storage limit) into the server's store, apart from the server
// so that the rows it builds in memory are not counted as the server's peak memory.
import { serveRequests } from './child.ts';
import { loadConfig } from '../src/config.ts';
import { openConfiguredStore } from '../src/server/start-server.ts';
import { measureRawInsert, type RawInsertResult } from './raw-insert.ts';

export interface RawInsertRequest {
  dataDir: string;
  databaseUrl: string | undefined;
  workspaceId: string;
  channelId: string;
  count: number;
}

serveRequests(async (body): Promise<RawInsertResult> => {
  const request = body as RawInsertRequest;
  const store = openConfiguredStore(loadConfig({ PARLEY_DATA_DIR: request.dataDir, PARLEY_DATABASE_URL: request.databaseUrl }));
  try {
    return await measureRawInsert(store, request.workspaceId, request.channelId, request.count, 11, 'br');
  } finally {
    await store.close();
  }
});
