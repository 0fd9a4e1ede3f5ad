// "Windows closing soon" for leads: private threads still needing a reply whose messaging window
// closes within the asked time, soonest first, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { DIALECTS } from './support/stores.ts';
import { createApiToken } from '../src/care/create-api-token.ts';
import { customerMessage, entry, pageDelivery, startGraphEmulator, type GraphEmulator } from '../src/channels/meta/emulator.ts';

const APP_SECRET = 'feedbeef0123456789abcdef01234567';
const HOUR = 3_600_000;

interface WindowItem { conversation: { id: string; snippet: string; channel: { network: string } | null }; closesAt: string; rule: string | null }

describe.each(DIALECTS)('messaging windows closing soon on %s', (dialect) => {
  let t: TestServer;
  let graph: GraphEmulator;
  const now = Date.now();
  const channelIds: Record<string, string> = {};

  const say = async (channel: 'standard' | 'agent', pageId: string, customerId: string, text: string, hoursAgo: number) => {
    const at = new Date(now - hoursAgo * HOUR);
    const res = await graph.deliver(`${t.url}/webhooks/facebook/${channelIds[channel]}`, pageDelivery(entry(pageId, at, { messaging: [
      customerMessage({ ownId: pageId, customerId, mid: `m_window_${customerId}`, text, timestamp: at }),
    ] })), APP_SECRET);
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    graph = await startGraphEmulator();
    t = await startTestServer(dialect);
    for (const [name, pageId] of [['standard', '2100000000000001'], ['agent', '2100000000000002']] as const) {
      const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'facebook', name, config: {
        pageId, pageAccessToken: 'EAAwindows', appSecret: APP_SECRET, verifyToken: 'v', graphApiBaseUrl: graph.url,
      } } });
      channelIds[name] = (await res.json() as { id: string }).id;
    }
    await t.api(`/api/v1/channels/${channelIds.agent}`, { method: 'PATCH', json: { settings: { humanAgentTag: true } } });
    await say('standard', '2100000000000001', '31001', 'closes in about 1 hour', 23);
    await say('standard', '2100000000000001', '31002', 'closes in about 4 hours', 20);
    await say('standard', '2100000000000001', '31003', 'closes in about 14 hours', 10);
    await say('standard', '2100000000000001', '31004', 'already closed', 25);
    await say('standard', '2100000000000001', '31005', 'closes soon but resolved', 22);
    await say('agent', '2100000000000002', '32001', 'human agent window closes in about 2 hours', 7 * 24 - 2);
    await say('agent', '2100000000000002', '32002', 'only a day old, 6 days left', 24);
    const resolved = ((await (await t.api('/api/v1/conversations?kind=private&view=all&status=open')).json()) as { items: { id: string; snippet: string }[] })
      .items.find((c) => c.snippet === 'closes soon but resolved')!;
    expect((await t.api(`/api/v1/conversations/${resolved.id}/status`, { method: 'POST', json: { status: 'resolved' } })).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await graph?.close();
  });

  it('lists the threads whose window closes within the time asked, soonest first, with when', async () => {
    const res = await t.api('/api/v1/messaging-windows?closingWithin=PT6H');
    expect(res.status).toBe(200);
    const body = await res.json() as { items: WindowItem[] };
    expect(body.items.map((i) => [i.conversation.snippet, i.rule])).toEqual([
      ['closes in about 1 hour', 'standard'],
      ['human agent window closes in about 2 hours', 'human_agent'],
      ['closes in about 4 hours', 'standard'],
    ]);
    expect(Date.parse(body.items[0]!.closesAt)).toBe(now - 23 * HOUR + 24 * HOUR);
    expect(Date.parse(body.items[1]!.closesAt)).toBe(now - (7 * 24 - 2) * HOUR + 7 * 24 * HOUR);
    expect(body.items[0]!.conversation.channel?.network).toBe('facebook');
  });

  it('looks further when asked, and drops a thread once it is answered', async () => {
    const day = await (await t.api('/api/v1/messaging-windows?closingWithin=P1D')).json() as { items: WindowItem[] };
    expect(day.items.map((i) => i.conversation.snippet)).toContain('closes in about 14 hours');
    expect(day.items.map((i) => i.conversation.snippet)).not.toContain('only a day old, 6 days left');
    const first = day.items[0]!;
    expect((await t.api(`/api/v1/conversations/${first.conversation.id}/replies`, { method: 'POST', json: { text: 'Answered in time' } })).status).toBe(201);
    const after = await (await t.api('/api/v1/messaging-windows?closingWithin=P1D')).json() as { items: WindowItem[] };
    expect(after.items.map((i) => i.conversation.id)).not.toContain(first.conversation.id);
  });

  it('refuses a duration it cannot read, or one past the longest window, with a clear problem', async () => {
    for (const bad of ['6h', 'P1M', 'PT0S', 'P8D']) {
      const res = await t.api(`/api/v1/messaging-windows?closingWithin=${bad}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('is for leads: an agent-scoped token is refused', async () => {
    const { token } = await createApiToken(t.server.services.store.db, { workspaceId: t.workspaceId, name: 'agent', scopes: ['write'], createdBy: t.adminId });
    const res = await fetch(`${t.url}/api/v1/messaging-windows`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
  });
});
