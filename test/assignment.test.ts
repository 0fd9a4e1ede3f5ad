// Auto-assignment through the HTTP API: round-robin, capacity, language skills, away agents, and
// the queue handed out in priority order as capacity frees; plus signatures on replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import type { Analyzer } from '../src/analysis/analyzer.ts';
import { DIALECTS } from './support/stores.ts';

// Language and urgency from markers in the text, so the test controls both.
const markedAnalyzer: Analyzer = (text) => ({
  language: /^\[(\w\w)\]/.exec(text)?.[1] ?? null, sentiment: null, sentimentScore: null,
  urgency: text.includes('URGENT') ? 1 : 0, intents: [], pii: [],
});

interface Row { id: string; assigneeId: string | null; snippet: string; status: string; version: number }

describe.each(DIALECTS)('auto-assignment on %s', (dialect) => {
  let t: TestServer;
  let channel: { id: string; secret: string };
  let teamId: string;
  const agents: Record<string, { id: string; cookie: string; csrf: string }> = {};
  let sent = 0;

  const post = async (text: string) => {
    const raw = JSON.stringify({ events: [{ id: `as-${sent++}`, from: { id: `cust-${sent}` }, text, visibility: 'private' }] });
    const res = await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw });
    expect(res.status).toBe(200);
  };
  const rows = async () => ((await (await t.api('/api/v1/conversations?sort=oldest&limit=200')).json()) as { items: Row[] }).items;
  const heldBy = async (name: string) => (await rows()).filter((r) => r.assigneeId === agents[name]!.id && r.status === 'open').map((r) => r.snippet).sort();
  const as = (name: string, method: string, path: string, json: unknown) => fetch(t.url + path, {
    method, headers: { cookie: agents[name]!.cookie, 'x-parley-csrf': agents[name]!.csrf, 'content-type': 'application/json' }, body: JSON.stringify(json),
  });

  beforeAll(async () => {
    t = await startTestServer(dialect, { analyze: markedAnalyzer });
    for (const [name, skills] of [['Ana', ['en']], ['Bo', ['ru', 'en']]] as const) {
      const user = await (await t.api('/api/v1/users', { method: 'POST', json: { email: `${name}@example.test`, name: `${name} Agent`, role: 'agent', password: 'long enough pw', skills } })).json() as { id: string };
      const login = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${name}@example.test`, password: 'long enough pw' }) });
      agents[name] = { id: user.id, cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    }
    channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'c', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    const team = await (await t.api('/api/v1/teams', { method: 'POST', json: {
      name: 'Care', memberIds: [agents.Ana!.id, agents.Bo!.id],
      assignment: { mode: 'auto', capacity: 2, requireLanguage: true, returnWhenAway: true },
    } })).json() as { id: string };
    teamId = team.id;
    const patched = await t.api(`/api/v1/channels/${channel.id}`, { method: 'PATCH', json: { settings: { teamId, signature: { private: 'initials' } } } });
    expect(patched.status).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  it('hands conversations out by language, round-robin, within capacity; the rest wait', async () => {
    await post('[ru] первый');
    await post('[en] first');
    await post('[en] second');
    await post('[en] third');
    await post('[en] fourth');
    await expect.poll(async () => (await rows()).filter((r) => r.assigneeId).length, { timeout: 10_000 }).toBe(4);
    // Bo alone reads Russian; capacity 2 each leaves one English conversation waiting.
    expect(await heldBy('Bo')).toContain('[ru] первый');
    expect((await heldBy('Ana')).length).toBe(2);
    expect((await heldBy('Bo')).length).toBe(2);
    expect((await rows()).filter((r) => !r.assigneeId).map((r) => r.snippet)).toHaveLength(1);
  });

  it('hands the most urgent waiting conversation out first when capacity frees', async () => {
    await post('[en] URGENT help');
    const waiting = (await rows()).filter((r) => !r.assigneeId);
    expect(waiting).toHaveLength(2);
    const anasFirst = (await rows()).find((r) => r.assigneeId === agents.Ana!.id)!;
    const resolved = await as('Ana', 'POST', `/api/v1/conversations/${anasFirst.id}/status`, { status: 'resolved' });
    expect(resolved.status).toBe(200);
    await expect.poll(async () => (await heldBy('Ana')).includes('[en] URGENT help'), { timeout: 10_000 }).toBe(true);
  });

  it('gives an away agent nothing new and returns their unanswered conversations to the queue', async () => {
    const away = await as('Ana', 'PATCH', '/api/v1/me', { available: false });
    expect(away.status, await away.clone().text()).toBe(200);
    expect(((await away.json()) as { returnedToQueue: number }).returnedToQueue).toBe(2);
    await post('[en] while Ana is away');
    // Bo is full, Ana away: nobody takes the English conversations.
    await new Promise((r) => setTimeout(r, 300));
    expect(await heldBy('Ana')).toEqual([]);
    const back = await as('Ana', 'PATCH', '/api/v1/me', { available: true });
    expect(back.status).toBe(200);
    await expect.poll(async () => (await heldBy('Ana')).length, { timeout: 10_000 }).toBe(2);
  });

  it("appends the agent's initials where the channel asks for them", async () => {
    const mine = (await rows()).find((r) => r.assigneeId === agents.Bo!.id)!;
    const res = await as('Bo', 'POST', `/api/v1/conversations/${mine.id}/replies`, { text: 'Здравствуйте, уже смотрю' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { message: { text: string } }).message.text).toBe('Здравствуйте, уже смотрю ^BA');
  });
});
