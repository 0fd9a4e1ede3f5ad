// Scaled mode: two instances on one PostgreSQL database and one Redis share their realtime events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config.ts';
import { startServer, type RunningServer } from '../src/server/start-server.ts';
import { createAdmin } from '../src/care/create-admin.ts';
import { createApiToken } from '../src/care/create-api-token.ts';
import { signBody } from '../src/channels/api/index.ts';
import { createPostgresDatabase, tempDir } from './support/stores.ts';
import { connectStream } from './support/stream-client.ts';

describe('two instances behind a load balancer', () => {
  let a: RunningServer;
  let b: RunningServer;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    const env = {
      PORT: '0', HOST: '127.0.0.1', PARLEY_LOG_LEVEL: 'silent', PARLEY_DATABASE_URL: database.url,
      PARLEY_REDIS_URL: 'redis://127.0.0.1:6379', PARLEY_SECRET_KEY: randomBytes(32).toString('hex'),
    };
    a = await startServer(loadConfig({ ...env, PARLEY_DATA_DIR: tempDir() }), { logger: pino({ level: 'silent' }) });
    b = await startServer(loadConfig({ ...env, PARLEY_DATA_DIR: tempDir() }), { logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop?.();
  });

  it('shows a message received by one instance on a stream held by the other', async () => {
    const { user, workspace } = await createAdmin(a.services.store.db, { email: 's@example.test', password: 'long enough', name: 'S' });
    const { token } = await createApiToken(a.services.store.db, { workspaceId: workspace.id, name: 't', scopes: ['admin'], createdBy: user.id });
    const channel = await (await fetch(`${a.url}/api/v1/channels`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } }),
    })).json() as { id: string; secret: string };
    const stream = await connectStream(b.url, { authorization: `Bearer ${token}` });
    try {
      const raw = JSON.stringify({ events: [{ id: 'scaled-1', from: { id: 'c1' }, text: 'across instances' }] });
      const res = await fetch(`${a.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
      expect(res.status).toBe(200);
      const event = await stream.waitFor((e) => e.type === 'message.created' && e.data.externalId === 'scaled-1');
      expect(event.data.text).toBe('across instances');
    } finally {
      stream.close();
    }
  });
});
