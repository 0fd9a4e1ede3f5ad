import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/support/stores.ts';
import { codeOf, inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../test/support/fixtures.ts';
import { ingestEvents } from '../ingest/ingest-events.ts';
import { createMemoryBus, type RealtimeEvent } from '../realtime/event-bus.ts';
import { neutralAnalyzer } from '../analysis/analyzer.ts';
import { createChannelRegistry } from '../channels/registry.ts';
import { ParleyError } from '../domain/errors.ts';
import type { ChannelWithSecrets, Conversation, Role } from '../domain/types.ts';
import { createWorkspace } from '../store/repositories/workspaces.ts';
import { addMembership, createUser } from '../store/repositories/users.ts';
import { listAudit } from '../store/repositories/audit-log.ts';
import { listNotifications } from '../store/repositories/notifications.ts';
import { listConversationMessages } from '../store/repositories/messages.ts';
import { getConversation } from '../store/repositories/conversations.ts';
import { getGoodwillRequest, listGoodwillLimits } from '../store/repositories/goodwill.ts';
import type { CareDeps } from './care-deps.ts';
import type { ActingMember } from './acting-member.ts';
import { decideGoodwill, recordGoodwill, setRoleGoodwillLimits } from './goodwill.ts';

describe.each(DIALECTS)('goodwill gestures on %s', (dialect) => {
  let store: TestStore;
  let deps: CareDeps;
  let channel: ChannelWithSecrets;
  let conversation: Conversation;
  const published: RealtimeEvent[] = [];
  const people = {} as Record<'ana' | 'ben' | 'lea' | 'leo' | 'ada', ActingMember>;

  async function member(key: keyof typeof people, name: string, role: Role): Promise<void> {
    const user = await createUser(store.db, { email: `${key}-${dialect}@example.test`, name, passwordHash: 'x' });
    await addMembership(store.db, { workspaceId: channel.workspaceId, userId: user.id, role, skills: [] });
    people[key] = { workspaceId: channel.workspaceId, userId: user.id, role };
  }

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    const bus = createMemoryBus();
    bus.subscribe((e) => published.push(e));
    deps = { store, bus, channels: createChannelRegistry(), now: () => new Date(), wakeOutbox: () => undefined, analyze: neutralAnalyzer };
    const ingested = await ingestEvents({ db: store.db, dialect, bus, analyze: neutralAnalyzer }, channel, `api:${channel.id}`,
      [inboundEvent({ text: 'My parcel arrived broken, I want my money back' })]);
    conversation = ingested.conversations[0]!;
    await member('ana', 'Ana Agent', 'agent');
    await member('ben', 'Ben Agent', 'agent');
    await member('lea', 'Lea Lead', 'lead');
    await member('leo', 'Leo Lead', 'lead');
    await member('ada', 'Ada Admin', 'admin');
    await setRoleGoodwillLimits(deps, people.ada, 'agent', [{ currency: 'EUR', maxAmountMinor: 5000 }, { currency: 'usd', maxAmountMinor: 2000 }]);
    await setRoleGoodwillLimits(deps, people.ada, 'lead', [{ currency: 'EUR', maxAmountMinor: 20000 }]);
  });
  afterAll(async () => { await store.dispose(); });

  const ask = (who: ActingMember, amountMinor: number, currency = 'EUR', reason = 'parcel arrived broken') =>
    recordGoodwill(deps, who, { conversationId: conversation.id, amountMinor, currency, reason });

  it('keeps each role\'s limits per currency, replacing a role\'s set as a whole', async () => {
    expect(await listGoodwillLimits(store.db, channel.workspaceId)).toEqual([
      { role: 'agent', currency: 'EUR', maxAmountMinor: 5000 },
      { role: 'agent', currency: 'USD', maxAmountMinor: 2000 },
      { role: 'lead', currency: 'EUR', maxAmountMinor: 20000 },
    ]);
    const entries = (await listAudit(store.db, channel.workspaceId, 10)).items.filter((e) => e.action === 'goodwill.limits_changed');
    expect(entries).toHaveLength(2);
  });

  it('lets only admins set limits, and refuses a bad currency or amount as invalid_amount', async () => {
    expect(await codeOf(setRoleGoodwillLimits(deps, people.lea, 'lead', [{ currency: 'EUR', maxAmountMinor: 10_000_000 }]))).toBe('forbidden');
    expect(await codeOf(setRoleGoodwillLimits(deps, people.ada, 'agent', [{ currency: 'EURO', maxAmountMinor: 100 }]))).toBe('invalid_amount');
    expect(await codeOf(setRoleGoodwillLimits(deps, people.ada, 'agent', [{ currency: 'EUR', maxAmountMinor: -1 }]))).toBe('invalid_amount');
    expect(await codeOf(setRoleGoodwillLimits(deps, people.ada, 'agent', [{ currency: 'EUR', maxAmountMinor: 1 }, { currency: 'eur', maxAmountMinor: 2 }]))).toBe('validation_failed');
    expect((await listGoodwillLimits(store.db, channel.workspaceId)).find((l) => l.role === 'agent' && l.currency === 'EUR')?.maxAmountMinor).toBe(5000);
  });

  it('grants a gesture within the agent\'s limit at once, with a note, an audit entry and events', async () => {
    published.length = 0;
    const before = (await getConversation(store.db, channel.workspaceId, conversation.id))!;
    const outcome = await ask(people.ana, 5000);
    expect(outcome.request).toMatchObject({ status: 'granted', amountMinor: 5000, currency: 'EUR', limitMinor: 5000, requestedBy: people.ana.userId, requestedByName: 'Ana Agent' });
    expect(outcome.note.text).toBe('Goodwill granted: 50.00 EUR (within the agent limit of 50.00 EUR). parcel arrived broken');
    expect(outcome.conversation.version).toBe(before.version + 1);
    expect(outcome.conversation.lastChange?.what).toBe('granted goodwill of 50.00 EUR');
    const thread = await listConversationMessages(store.db, conversation.id);
    expect(thread.items.at(-1)).toMatchObject({ direction: 'note', visibility: 'private', text: outcome.note.text });
    const audit = (await listAudit(store.db, channel.workspaceId, 5)).items[0]!;
    expect(audit).toMatchObject({ action: 'goodwill.granted', targetId: outcome.request.id, actorUserId: people.ana.userId });
    expect(published.map((e) => e.type)).toEqual(['message.created', 'conversation.updated', 'goodwill.created']);
    expect(await listNotifications(store.db, channel.workspaceId, people.lea.userId!, false)).toHaveLength(0);
  });

  it('sends a gesture above the limit to the leads and admins, not to other agents', async () => {
    published.length = 0;
    const outcome = await ask(people.ana, 5001);
    expect(outcome.request).toMatchObject({ status: 'pending', limitMinor: 5000, decidedBy: null });
    expect(outcome.note.text).toContain('Goodwill of 50.01 EUR asked of a lead (the agent limit is 50.00 EUR)');
    for (const lead of [people.lea, people.leo, people.ada]) {
      const [notification] = await listNotifications(store.db, channel.workspaceId, lead.userId!, true);
      expect(notification).toMatchObject({ kind: 'goodwill', conversationId: conversation.id, byUserId: people.ana.userId });
      expect(notification!.text).toBe('Ana Agent asks you to approve goodwill of 50.01 EUR: parcel arrived broken');
    }
    expect(await listNotifications(store.db, channel.workspaceId, people.ben.userId!, false)).toHaveLength(0);
    expect(await listNotifications(store.db, channel.workspaceId, people.ana.userId!, false)).toHaveLength(0);
    expect(published.filter((e) => e.type === 'notification.created').map((e) => e.audienceUserId).sort())
      .toEqual([people.lea.userId, people.leo.userId, people.ada.userId].sort());
    expect((await listAudit(store.db, channel.workspaceId, 1)).items[0]).toMatchObject({ action: 'goodwill.requested', targetId: outcome.request.id });
  });

  it('does not let a limit in euros cover dollars or a role without limits', async () => {
    expect((await ask(people.ana, 2000, 'usd')).request.status).toBe('granted');
    expect((await ask(people.lea, 100, 'USD')).request).toMatchObject({ status: 'pending', limitMinor: 0 });
    expect((await ask(people.ada, 1)).request).toMatchObject({ status: 'pending', limitMinor: 0 });
  });

  it('refuses bad amounts and currencies, and viewers', async () => {
    for (const amount of [0, -5, 12.5]) expect(await codeOf(ask(people.ana, amount))).toBe('invalid_amount');
    expect(await codeOf(ask(people.ana, 100, 'EURO'))).toBe('invalid_amount');
    expect(await codeOf(ask(people.ana, 100, 'EUR', '   '))).toBe('validation_failed');
    expect(await codeOf(ask({ ...people.ana, role: 'viewer' }, 100))).toBe('forbidden');
  });

  it('lets a lead approve, tells the agent, and leaves a note and an audit entry', async () => {
    const { request } = await ask(people.ana, 8000);
    published.length = 0;
    const outcome = await decideGoodwill(deps, people.lea, { requestId: request.id, decision: 'approved', note: 'valued customer' });
    expect(outcome.request).toMatchObject({ status: 'approved', decidedBy: people.lea.userId, decidedByName: 'Lea Lead', decisionNote: 'valued customer' });
    expect(outcome.request.decidedAt).not.toBeNull();
    expect(outcome.note.text).toBe('Goodwill of 80.00 EUR approved by Lea Lead: valued customer');
    expect(outcome.conversation.lastChange).toMatchObject({ byName: 'Lea Lead', what: 'approved goodwill of 80.00 EUR' });
    const [told] = await listNotifications(store.db, channel.workspaceId, people.ana.userId!, true);
    expect(told).toMatchObject({ kind: 'goodwill', byUserId: people.lea.userId, text: 'Lea Lead approved your goodwill of 80.00 EUR: valued customer' });
    expect((await listAudit(store.db, channel.workspaceId, 1)).items[0]).toMatchObject({ action: 'goodwill.approved', actorUserId: people.lea.userId, targetId: request.id });
    expect(published.map((e) => e.type)).toEqual(['message.created', 'conversation.updated', 'goodwill.decided', 'notification.created']);
  });

  it('lets a lead decline with a reason, and only with one', async () => {
    const { request } = await ask(people.ben, 9900);
    expect(await codeOf(decideGoodwill(deps, people.leo, { requestId: request.id, decision: 'declined' }))).toBe('validation_failed');
    const outcome = await decideGoodwill(deps, people.leo, { requestId: request.id, decision: 'declined', note: 'offer a voucher instead' });
    expect(outcome.request).toMatchObject({ status: 'declined', decidedByName: 'Leo Lead', decisionNote: 'offer a voucher instead' });
    expect(outcome.note.text).toBe('Goodwill of 99.00 EUR declined by Leo Lead: offer a voucher instead');
  });

  it('refuses a second decision with conflict, and keeps the first', async () => {
    const { request } = await ask(people.ana, 7000);
    await decideGoodwill(deps, people.lea, { requestId: request.id, decision: 'approved' });
    expect(await codeOf(decideGoodwill(deps, people.leo, { requestId: request.id, decision: 'declined', note: 'too much' }))).toBe('conflict');
    expect((await getGoodwillRequest(store.db, channel.workspaceId, request.id))).toMatchObject({ status: 'approved', decidedBy: people.lea.userId });
  });

  it('lets exactly one of two leads deciding at once win', async () => {
    const { request } = await ask(people.ana, 6000);
    const results = await Promise.allSettled([
      decideGoodwill(deps, people.lea, { requestId: request.id, decision: 'approved' }),
      decideGoodwill(deps, people.leo, { requestId: request.id, decision: 'declined', note: 'no' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.status === 'rejected' && failed.reason instanceof ParleyError && failed.reason.code).toBe('conflict');
    const notes = (await listConversationMessages(store.db, conversation.id)).items.filter((m) => m.text.startsWith('Goodwill of 60.00 EUR '));
    // The request's own note and the winning decision's; the losing decision left nothing behind.
    expect(notes).toHaveLength(2);
  });

  it('lets nobody decide their own request, and no agent decide at all', async () => {
    const { request } = await ask(people.lea, 30000);
    expect(request.status).toBe('pending');
    expect(await codeOf(decideGoodwill(deps, people.lea, { requestId: request.id, decision: 'approved' }))).toBe('forbidden');
    expect(await codeOf(decideGoodwill(deps, people.ben, { requestId: request.id, decision: 'approved' }))).toBe('forbidden');
    expect((await decideGoodwill(deps, people.ada, { requestId: request.id, decision: 'approved' })).request.status).toBe('approved');
  });

  it('does not find another workspace\'s conversation or request', async () => {
    const { request } = await ask(people.ana, 9000);
    const other = await createWorkspace(store.db, 'Competitor');
    const outsider = await createUser(store.db, { email: `outsider-${dialect}@example.test`, name: 'Outsider', passwordHash: 'x' });
    await addMembership(store.db, { workspaceId: other.id, userId: outsider.id, role: 'admin', skills: [] });
    const intruder: ActingMember = { workspaceId: other.id, userId: outsider.id, role: 'admin' };
    expect(await codeOf(decideGoodwill(deps, intruder, { requestId: request.id, decision: 'approved' }))).toBe('not_found');
    expect(await codeOf(recordGoodwill(deps, intruder, { conversationId: conversation.id, amountMinor: 100, currency: 'EUR', reason: 'x' }))).toBe('not_found');
    expect((await getGoodwillRequest(store.db, channel.workspaceId, request.id))?.status).toBe('pending');
  });
});
