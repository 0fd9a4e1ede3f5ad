// A store of the benchmark's own for each run: a temporary SQLite directory, or a new
// PostgreSQL database, removed again at the end whatever happened.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Dialect } from '../src/store/dialect.ts';

export interface FreshStore {
  dialect: Dialect;
  /** The data directory: the SQLite file and the instance's secret key file live here. */
  dataDir: string;
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}

async function onServer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createFreshStore(dialect: Dialect, postgresAdminUrl: string): Promise<FreshStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') return { dialect, dataDir, databaseUrl: undefined, dispose: async () => removeDir() };
  const admin = new URL(postgresAdminUrl);
  if (admin.hostname !== '127.0.0.1') throw new Error('the benchmark only talks to 127.0.0.1');
  const name = `parley_bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  try {
    await onServer(postgresAdminUrl, `create database ${name}`);
  } catch (error) {
    removeDir();
    throw error;
  }
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    dialect, dataDir, databaseUrl: url.toString(),
    async dispose() {
      try {
        await onServer(postgresAdminUrl, `drop database if exists ${name} with (force)`);
      } finally {
        removeDir();
      }
    },
  };
}
