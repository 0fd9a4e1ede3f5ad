// A webhook acknowledged is a message kept: kill the server mid-traffic and count what survived.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openStore } from '../src/store/database.ts';
import { createSecretBox } from '../src/store/secret-box.ts';
import { createAdmin } from '../src/care/create-admin.ts';
import { connectChannel } from '../src/care/connect-channel.ts';
import { createChannelRegistry } from '../src/channels/registry.ts';
import { signBody } from '../src/channels/api/index.ts';
import { tempDir } from './support/stores.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

describe('a crash between receipt and commit', () => {
  const dataDir = tempDir('parley-crash-');
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing that was acknowledged', async () => {
    const key = randomBytes(32).toString('hex');
    const store = openStore({ sqliteFile: path.join(dataDir, 'parley.sqlite') });
    await migrate(store);
    const { workspace } = await createAdmin(store.db, { email: 'c@example.test', password: 'long enough', name: 'C' });
    const { channel, shownOnce } = await connectChannel(store.db, createSecretBox(Buffer.from(key, 'hex')), createChannelRegistry(),
      { workspaceId: workspace.id, network: 'api', name: 'crash', config: { deliveryUrl: 'http://127.0.0.1:9/' } });
    await store.close();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_SECRET_KEY: key, PARLEY_LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    child = server;
    await waitForHealth(url, server);

    const acknowledged: string[] = [];
    const failures: string[] = [];
    let stop = false;
    const sender = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        const id = `crash-${worker}-${i}`;
        const raw = JSON.stringify({ events: [{ id, from: { id: `cust-${worker}-${i % 7}` }, text: `message ${id}` }] });
        try {
          const res = await fetch(`${url}/webhooks/api/${channel.id}`, {
            method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(shownOnce.secret!, raw) }, body: raw,
          });
          if (res.status === 200) acknowledged.push(id);
          else failures.push(`${res.status} ${await res.text()}`);
        } catch {
          return; // the server is gone
        }
      }
    };
    let finished = 0;
    const senders = Array.from({ length: 8 }, (_, w) => sender(w).finally(() => { finished++; }));
    while (acknowledged.length < 200) {
      if (failures.length > 0) throw new Error(`the server refused a delivery: ${failures[0]}`);
      if (finished === senders.length) throw new Error(`the server went away after ${acknowledged.length} deliveries (exit ${server.exitCode})`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(senders);
    await exited;

    const after = openStore({ sqliteFile: path.join(dataDir, 'parley.sqlite') });
    const rows = await after.db.selectFrom('messages').select('external_id').where('channel_id', '=', channel.id).execute();
    await after.close();
    const stored = new Set(rows.map((r) => r.external_id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    expect(lost).toEqual([]);
  }, 120_000);
});
