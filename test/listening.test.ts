// Listening through the HTTP API: rules with clear parse errors; hits labelled directed,
// about-brand or industry; tags, teams and priority applied; a Listening view apart from the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { signBody } from '../src/channels/api/index.ts';
import { DIALECTS } from './support/stores.ts';

interface Row { id: string; snippet: string; tags: string[]; priority: number; priorityFactors: { factor: string }[]; listeningLabel: string | null; teamId: string | null }

describe.each(DIALECTS)('listening on %s', (dialect) => {
  let t: TestServer;
  let channel: { id: string; secret: string };
  let teamId: string;
  let n = 0;
  const post = async (text: string, visibility = 'public') => {
    const raw = JSON.stringify({ events: [{ id: `l-${n++}`, from: { id: `c-${n}` }, text, visibility }] });
    expect((await fetch(`${t.url}/webhooks/api/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parley-signature': signBody(channel.secret, raw) }, body: raw })).status).toBe(200);
  };
  const view = async (name: string) => ((await (await t.api(`/api/v1/conversations?view=${name}&sort=oldest`)).json()) as { items: Row[] }).items;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    channel = await (await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'feed', config: { deliveryUrl: 'http://127.0.0.1:9/' } } })).json() as { id: string; secret: string };
    teamId = ((await (await t.api('/api/v1/teams', { method: 'POST', json: { name: 'Flights' } })).json()) as { id: string }).id;
    expect((await t.api('/api/v1/listening/brand', { method: 'PUT', json: { handles: ['@airnova'], names: 'AirNova OR "Air Nova" OR ~airnova' } })).status).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  it('refuses a rule that does not parse, saying where', async () => {
    const res = await t.api('/api/v1/listening/rules', { method: 'POST', json: { name: 'broken', query: '(delay OR "cancel' } });
    expect(res.status).toBe(400);
    const problem = await res.json() as { code: string; position: number; detail: string };
    expect(problem.code).toBe('validation_failed');
    expect(typeof problem.position).toBe('number');
  });

  it('labels hits, applies the rule, and keeps what was only found out of the care queue', async () => {
    const rule = await t.api('/api/v1/listening/rules', { method: 'POST', json: {
      name: 'Delays', query: '(delay* OR cancel* OR "stranded") AND NOT lang:de', tag: 'flight-delay', teamId, priorityBoost: 15,
    } });
    expect(rule.status).toBe(201);
    await post('@airnova my flight was cancelled, I am stranded in Riga');
    await post('Air Nova cancelled my flight again, unbelievable');
    await post('Another airline delay at the airport today, so tired');
    await post('Just a nice day at the beach');

    const care = await view('care');
    const directed = care.find((c) => c.snippet.startsWith('@airnova'))!;
    expect(directed).toMatchObject({ tags: ['flight-delay'], teamId, listeningLabel: null });
    expect(directed.priorityFactors.map((f) => f.factor)).toContain('listening');
    expect(care.some((c) => c.snippet.startsWith('Just a nice day'))).toBe(true);

    const listening = await view('listening');
    expect(listening.map((c) => [c.snippet.slice(0, 20), c.listeningLabel])).toEqual([
      ['Air Nova cancelled m', 'about-brand'],
      ['Another airline dela', 'industry'],
    ]);

    // Next up never hands out what listening found.
    const claimed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.api('/api/v1/queue/next', { method: 'POST', json: {} });
      if (res.status === 204) break;
      claimed.push(((await res.json()) as { id: string }).id);
    }
    expect(claimed).not.toContain(listening[0]!.id);
    expect(claimed).not.toContain(listening[1]!.id);
  });

  it('moves a found conversation to the care queue when an agent joins it', async () => {
    const found = (await view('listening'))[0]!;
    expect((await t.api(`/api/v1/conversations/${found.id}/replies`, { method: 'POST', json: { text: 'Sorry to hear that — we can help.' } })).status).toBe(201);
    expect((await view('listening')).map((c) => c.id)).not.toContain(found.id);
    expect((await view('care')).map((c) => c.id)).toContain(found.id);
  });
});
