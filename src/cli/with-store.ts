// Opens the configured store for one command, brings its schema up to date, and always closes it.
import type { ParleyConfig } from '../config.ts';
import { migrate, type Store } from '../store/database.ts';

/** Commands may run before the server ever started, so each one migrates first (a no-op when current). */
export async function withStore<T>(config: ParleyConfig, work: (store: Store, applied: string[]) => Promise<T>): Promise<T> {
  // The server's rule for where the store is, loaded on use: the module brings the whole app with it.
  const { openConfiguredStore } = await import('../server/start-server.ts');
  const store = openConfiguredStore(config);
  try {
    const applied = await migrate(store);
    return await work(store, applied);
  } finally {
    await store.close();
  }
}
