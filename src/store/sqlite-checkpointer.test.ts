import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './sqlite-checkpointer.ts';
import { openStore } from './database.ts';

describe('background WAL checkpoints', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-checkpoint-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => { for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });

  it('copies what the writer logged into the database file while the writer goes on', async () => {
    const file = path.join(tempDir(), 'test.sqlite');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    // Only the worker checkpoints here, so the file grows only through it.
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('create table t (body text)');
    const failures: string[] = [];
    const checkpointer = startCheckpointer(file, (message) => failures.push(message), 20);
    const sizeBefore = fs.statSync(file).size;
    const insert = writer.prepare('insert into t values (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(10_000));
    await expect.poll(() => fs.statSync(file).size, { timeout: 5_000 }).toBeGreaterThan(sizeBefore + 1_500_000);
    insert.run('last');
    expect(writer.prepare('select count(*) as n from t').get()).toEqual({ n: 201 });
    await checkpointer.stop();
    writer.close();
    expect(failures).toEqual([]);
  });

  it('says so when it cannot work, so that the writer checkpoints again', async () => {
    const failures: string[] = [];
    const checkpointer = startCheckpointer(path.join(os.tmpdir(), 'parley-no-such-dir', 'x.sqlite'), (message) => failures.push(message), 20);
    await expect.poll(() => failures.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await checkpointer.stop();
  });

  it("keeps the server's store small while it is written, and closes cleanly", async () => {
    const file = path.join(tempDir(), 'parley.sqlite');
    const store = openStore({ sqliteFile: file, backgroundCheckpoints: true });
    const { sql } = await import('kysely');
    await sql`create table t (body text)`.execute(store.db);
    for (let i = 0; i < 300; i++) await sql`insert into t values (${'y'.repeat(10_000)})`.execute(store.db);
    // Without a checkpoint the log would hold all 3 MB; the worker copies it into the file.
    await expect.poll(() => fs.statSync(file).size, { timeout: 5_000 }).toBeGreaterThan(2_500_000);
    await store.close();
  });
});
