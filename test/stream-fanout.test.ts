// The stream under a burst: events published in one turn go out together, one JSON event per frame,
// in order, only to their workspace, and those meant for one user only to that user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { createWorkspace } from '../src/store/repositories/workspaces.ts';
import { addMembership } from '../src/store/repositories/users.ts';
import { createApiToken } from '../src/care/create-api-token.ts';
import { insertChannel } from '../src/store/repositories/channels.ts';
import { newId } from '../src/domain/ids.ts';
import type { Channel } from '../src/domain/types.ts';
import { inboundEvent } from './support/fixtures.ts';
import { INBOX_DIGEST_LIMIT } from '../src/realtime/inbox-digest.ts';

describe('stream fan-out', () => {
  let t: TestServer;
  let ours: StreamClient;
  let theirs: StreamClient;
  let otherWorkspaceId: string;

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    const { db } = t.server.services.store;
    const other = await createWorkspace(db, 'Other brand');
    otherWorkspaceId = other.id;
    await addMembership(db, { workspaceId: other.id, userId: t.adminId, role: 'admin', skills: [] });
    const { token } = await createApiToken(db, { workspaceId: other.id, name: 'other', scopes: ['admin'], createdBy: t.adminId });
    ours = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
    theirs = await connectStream(t.url, { authorization: `Bearer ${token}` });
    await ours.waitFor((e) => e.type === 'hello');
    await theirs.waitFor((e) => e.type === 'hello');
  });
  afterAll(async () => { ours?.close(); theirs?.close(); await t?.close(); });

  it('sends a burst of a thousand events in order, each as its own frame, to its workspace only', async () => {
    const { bus } = t.server.services;
    for (let i = 0; i < 1000; i++) bus.publish({ type: 'burst.test', workspaceId: t.workspaceId, data: { i, text: 'Ünïcödé 🚀 \u202Ertl' } });
    bus.publish({ type: 'burst.mine', workspaceId: t.workspaceId, data: { i: -1 }, audienceUserId: 'us_somebody_else' });
    bus.publish({ type: 'burst.done', workspaceId: t.workspaceId, data: {} });
    await ours.waitFor((e) => e.type === 'burst.done');
    const burst = ours.events.filter((e) => e.type === 'burst.test').map((e) => e.data.i);
    expect(burst).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(ours.events.find((e) => e.type === 'burst.test')!.data.text).toBe('Ünïcödé 🚀 \u202Ertl');
    expect(ours.events.some((e) => e.type === 'burst.mine')).toBe(false);
    bus.publish({ type: 'burst.done', workspaceId: otherWorkspaceId, data: {} });
    await theirs.waitFor((e) => e.type === 'burst.done');
    expect(theirs.events.some((e) => e.type === 'burst.test')).toBe(false);
  });
});

describe('agent-scoped stream', () => {
  let t: TestServer;
  let agent: StreamClient;
  let full: StreamClient;
  let channel: Channel;

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    const { store, secretBox } = t.server.services;
    channel = {
      id: newId('ch'), workspaceId: t.workspaceId, network: 'api', name: 'api', config: { deliveryUrl: 'http://127.0.0.1:9/none' },
      createdAt: new Date().toISOString(), lastEventAt: null, lastError: null,
    };
    await insertChannel(store.db, secretBox, { ...channel, secrets: { secret: 's' } });
    agent = await connectStream(t.url, { authorization: `Bearer ${t.token}` }, '?scope=agent');
    full = await connectStream(t.url, { authorization: `Bearer ${t.token}` });
    await agent.waitFor((e) => e.type === 'hello');
    await full.waitFor((e) => e.type === 'hello');
  });
  afterAll(async () => { agent?.close(); full?.close(); await t?.close(); });

  const ingest = (events: ReturnType<typeof inboundEvent>[]) => t.server.services.ingest.submit(channel, `api:${channel.id}`, events);

  it('refuses a scope it does not know', async () => {
    await expect(connectStream(t.url, { authorization: `Bearer ${t.token}` }, '?scope=everything')).rejects.toThrow(/400/);
  });

  it('sends messages only of the conversations the agent shows, and the rest of the inbox as a digest', async () => {
    // More conversations than a digest carries, each from its own customer.
    const burst = Array.from({ length: INBOX_DIGEST_LIMIT + 10 }, (_, i) => inboundEvent({
      author: { externalId: `burst-${i}`, handle: `c${i}`, displayName: `Customer ${i}` }, visibility: 'private', text: i === 0 ? 'URGENT my account was hacked!!' : `question ${i}`,
    }));
    const { conversations, messages } = await ingest(burst);
    await full.waitFor((e) => e.type === 'message.created' && e.data.externalId === burst.at(-1)!.externalId);
    const digest = await agent.waitFor((e) => e.type === 'inbox.digest');
    const { events, dropped } = digest.data as { events: { type: string; data: { id: string; priority: number } }[]; dropped: number };
    expect(events).toHaveLength(INBOX_DIGEST_LIMIT);
    expect(dropped).toBe(10);
    expect(events.every((e) => e.type === 'conversation.created')).toBe(true);
    const priorities = events.map((e) => e.data.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(agent.events.some((e) => e.type === 'message.created' || e.type === 'conversation.created')).toBe(false);

    // Opening a conversation brings its messages and changes at once.
    const shown = conversations[1]!;
    agent.send({ type: 'presence', conversationId: shown.id, state: 'viewing' });
    await agent.waitFor((e) => e.type === 'presence' && e.data.conversationId === shown.id);
    const again = inboundEvent({ author: { externalId: 'burst-1', handle: 'c1', displayName: 'Customer 1' }, visibility: 'private', text: 'anyone there?' });
    await ingest([again]);
    const message = await agent.waitFor((e) => e.type === 'message.created');
    expect(message.data).toMatchObject({ externalId: again.externalId, conversationId: shown.id });
    expect(messages.every((m) => !agent.events.some((e) => e.type === 'message.created' && e.data.id === m.id))).toBe(true);
    await agent.waitFor((e) => e.type === 'conversation.updated' && e.data.id === shown.id);
  });

  it('sends changes to a conversation assigned to the agent at once', async () => {
    const { conversations } = await ingest([inboundEvent({ author: { externalId: 'assigned-1', handle: 'a1', displayName: 'Assigned' }, visibility: 'private' })]);
    const conversation = conversations[0]!;
    const response = await t.api(`/api/v1/conversations/${conversation.id}/assign`, {
      method: 'POST', json: { assigneeId: t.adminId, version: conversation.version },
    });
    expect(response.status).toBe(200);
    // A frame of its own, not folded into the next digest.
    await agent.waitFor((e) => e.type === 'conversation.updated' && e.data.id === conversation.id && e.data.assigneeId === t.adminId);
  });
});
