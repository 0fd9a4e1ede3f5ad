// The stream under a burst: events published in one turn go out together, one JSON event per frame,
// in order, only to their workspace, and those meant for one user only to that user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connectStream, type StreamClient } from './support/stream-client.ts';
import { createWorkspace } from '../src/store/repositories/workspaces.ts';
import { addMembership } from '../src/store/repositories/users.ts';
import { createApiToken } from '../src/care/create-api-token.ts';

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
