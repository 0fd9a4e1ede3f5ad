// Queued replies survive a restart: a new server on the same store sends what the old one could not.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/start-server.ts';
import { createAdmin } from '../src/care/create-admin.ts';
import { createApiToken } from '../src/care/create-api-token.ts';
import { startApiReceiver } from '../src/channels/api/emulator.ts';
import { signBody } from '../src/channels/api/index.ts';
import { tempDir } from './support/stores.ts';

describe('the outbox across a restart', () => {
  const dataDir = tempDir('parley-restart-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('sends after the restart a reply that was queued before it', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'silent', PARLEY_ALLOW_PRIVATE_NETWORK: 'true' });
    const receiver = await startApiReceiver();
    // The first server retries only after a long wait, so it stops with the reply still queued.
    const first = await startServer(config, { logger: pino({ level: 'silent' }), outboxPollMs: 50, outboxBackoffMs: () => 60_000 });
    const { user, workspace } = await createAdmin(first.services.store.db, { email: 'a@example.test', password: 'long enough', name: 'A' });
    const { token } = await createApiToken(first.services.store.db, { workspaceId: workspace.id, name: 't', scopes: ['admin'], createdBy: user.id });
    const api = (url: string, json?: unknown) => fetch(first.url + url, {
      method: json ? 'POST' : 'GET', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: json ? JSON.stringify(json) : undefined,
    });
    const channel = await (await api('/api/v1/channels', { network: 'api', name: 'c', config: { deliveryUrl: receiver.url } })).json() as { id: string; secret: string };
    receiver.setSecret(channel.secret);
    const raw = JSON.stringify({ events: [{ id: 'r-1', from: { id: 'cust' }, text: 'hello?', visibility: 'private' }] });
    await fetch(`${first.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    const list = await (await api('/api/v1/conversations')).json() as { items: { id: string }[] };
    receiver.script({ status: 503 });
    const reply = await (await api(`/api/v1/conversations/${list.items[0]!.id}/replies`, { text: 'we are on it' })).json() as { message: { id: string } };
    await expect.poll(() => receiver.requests.length).toBe(1);
    await first.close();
    expect(receiver.delivered).toHaveLength(0);

    // The second server finds the row queued with a time in the future: it must still send it when due.
    const second = await startServer(config, { logger: pino({ level: 'silent' }), outboxPollMs: 50 });
    try {
      await second.services.store.db.updateTable('outbox').set({ next_attempt_at: new Date().toISOString() }).execute();
      const [delivery] = await receiver.waitFor(1);
      expect(delivery!.idempotencyKey).toBe(reply.message.id);
      expect(delivery!.body.text).toBe('we are on it');
    } finally {
      await second.close();
      await receiver.close();
    }
    expect(fs.existsSync(path.join(dataDir, 'parley.sqlite'))).toBe(true);
  });
});
