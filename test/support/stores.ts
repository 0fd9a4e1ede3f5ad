// Real stores for tests: a fresh SQLite file and a fresh PostgreSQL database per call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openStore, type Store } from '../../src/store/database.ts';
import type { Dialect } from '../../src/store/dialect.ts';

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];
export const PG_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function tempDir(prefix = 'parley-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A PostgreSQL database of its own, so parallel test files and runs never collide. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestStore extends Store {
  databaseUrl: string | undefined;
  sqliteFile: string | undefined;
  dispose(): Promise<void>;
}

export async function createTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'postgres') {
    const database = await createPostgresDatabase();
    const store = openStore({ databaseUrl: database.url, poolSize: 5 });
    await migrate(store);
    return {
      ...store, databaseUrl: database.url, sqliteFile: undefined,
      async dispose() { await store.close(); await database.drop(); },
    };
  }
  const dir = tempDir();
  const sqliteFile = path.join(dir, 'parley.sqlite');
  const store = openStore({ sqliteFile });
  await migrate(store);
  return {
    ...store, databaseUrl: undefined, sqliteFile,
    async dispose() { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}
