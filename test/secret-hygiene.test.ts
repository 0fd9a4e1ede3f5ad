// Secrets stay secret: never in logs, errors or API answers after the one that shows them, and
// never in plain text on disk.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startTestServer, type TestServer } from './support/server.ts';
import { startApiReceiver, type ApiReceiver } from '../src/channels/api/emulator.ts';
import { signBody } from '../src/channels/api/index.ts';

describe('secret hygiene', () => {
  let t: TestServer;
  let receiver: ApiReceiver;
  let logs = '';
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { logs += chunk.toString(); done(); } });

  beforeAll(async () => {
    t = await startTestServer('sqlite', { logger: pino({ level: 'trace' }, sink), outboxBackoffMs: () => 20 });
    receiver = await startApiReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('keeps the channel secret and tokens out of logs, answers and the database file', async () => {
    const created = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'Hygiene', config: { deliveryUrl: receiver.url } } })).json() as { id: string; secret: string };
    const secret = created.secret;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    receiver.setSecret(secret);

    const answers: string[] = [];
    const call = async (url: string, init?: Parameters<TestServer['api']>[1]) => { const res = await t.api(url, init); answers.push(await res.text()); return res; };
    await call(`/api/v1/channels/${created.id}`);
    await call('/api/v1/channels');
    await call('/api/v1/audit');
    // Error paths: a forged signature, a malformed body, a failing receiver.
    answers.push(await (await fetch(`${t.url}/webhooks/api/${created.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': 'sha256=00' }, body: '{}' })).text());
    answers.push(await (await fetch(`${t.url}/webhooks/api/${created.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(secret, '{') }, body: '{' })).text());
    const raw = JSON.stringify({ events: [{ id: 'h-1', from: { id: 'c' }, text: 'hello' }] });
    await fetch(`${t.url}/webhooks/api/${created.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(secret, raw) }, body: raw });
    const list = await (await t.api('/api/v1/conversations')).json() as { items: { id: string }[] };
    receiver.script({ status: 500, body: { error: 'boom' } }, { status: 500, body: { error: 'boom' } });
    await call(`/api/v1/conversations/${list.items[0]!.id}/replies`, { method: 'POST', json: { text: 'reply' } });
    await receiver.waitFor(1);
    await call(`/api/v1/conversations/${list.items[0]!.id}`);

    for (const answer of answers) expect(answer).not.toContain(secret);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(t.token);

    await t.server.services.store.db.selectFrom('channels').select('id').execute();
    const dataDir = t.server.services.config.dataDir;
    for (const file of fs.readdirSync(dataDir).filter((f) => f.startsWith('parley.sqlite'))) {
      expect(fs.readFileSync(path.join(dataDir, file)).includes(Buffer.from(secret)), file).toBe(false);
    }
  });

  it('records admin actions in the audit log', async () => {
    const audit = await (await t.api('/api/v1/audit')).json() as { items: { action: string; targetType: string }[] };
    expect(audit.items.map((e) => e.action)).toContain('channel.connected');
  });

  it('slows down a guesser after repeated wrong passwords', async () => {
    const attempt = () => fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: t.adminEmail, password: 'not the password' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
  });

  it('sends security headers on every answer', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await fetch(`${t.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
