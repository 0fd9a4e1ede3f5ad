import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/support/stores.ts';
import { codeOf, inboundEvent, seedWorkspaceWithChannel, testSecretBox } from '../../test/support/fixtures.ts';
import { ingestEvents } from '../ingest/ingest-events.ts';
import { createMemoryBus, type RealtimeEvent } from '../realtime/event-bus.ts';
import { createAnalyzer } from '../analysis/index.ts';
import { createChannelRegistry } from '../channels/registry.ts';
import type { ChannelWithSecrets } from '../domain/types.ts';
import { createWorkspace } from '../store/repositories/workspaces.ts';
import { updateConversation, getConversation } from '../store/repositories/conversations.ts';
import { listAudit } from '../store/repositories/audit-log.ts';
import { listPlaybooks } from '../store/repositories/playbooks.ts';
import type { CareDeps } from './care-deps.ts';
import type { ActingMember } from './acting-member.ts';
import { createPlaybook, editPlaybook, playbooksForConversation, removePlaybook } from './playbooks.ts';

describe.each(DIALECTS)('playbooks on %s', (dialect) => {
  let store: TestStore;
  let deps: CareDeps;
  let channel: ChannelWithSecrets;
  let lead: ActingMember;
  const published: RealtimeEvent[] = [];
  const analyze = createAnalyzer();

  /** A conversation of its own per customer, with the real analysis hearing what they want. */
  async function conversationSaying(customer: string, ...texts: string[]): Promise<string> {
    const result = await ingestEvents({ db: store.db, dialect, bus: deps.bus, analyze }, channel, `api:${channel.id}`,
      texts.map((text) => inboundEvent({ text, threadKey: customer, author: { externalId: customer, handle: customer, displayName: null } })));
    return result.conversations[0]!.id;
  }

  beforeAll(async () => {
    store = await createTestStore(dialect);
    ({ channel } = await seedWorkspaceWithChannel(store.db, testSecretBox()));
    const bus = createMemoryBus();
    bus.subscribe((e) => published.push(e));
    deps = { store, bus, channels: createChannelRegistry(), now: () => new Date(), wakeOutbox: () => undefined, analyze };
    lead = { workspaceId: channel.workspaceId, userId: null, role: 'lead', tokenId: 'tok_test' };
  });
  afterAll(async () => { await store.dispose(); });

  it('lets leads and admins write playbooks, not agents', async () => {
    const agent: ActingMember = { ...lead, role: 'agent' };
    expect(await codeOf(createPlaybook(deps, agent, { title: 'Mine', body: 'x', tag: 'shipping' }))).toBe('forbidden');
    published.length = 0;
    const created = await createPlaybook(deps, lead, { title: '  Late parcels ', body: 'Check the carrier first.\n\nOffer tracking.\n', tag: 'Shipping' });
    expect(created).toMatchObject({ title: 'Late parcels', body: 'Check the carrier first.\n\nOffer tracking.', tag: 'shipping', scenario: null });
    expect(published.map((e) => e.type)).toEqual(['playbooks.changed']);
    expect((await listAudit(store.db, channel.workspaceId, 1)).items[0]).toMatchObject({ action: 'playbook.created', targetId: created.id, actorTokenId: 'tok_test' });
  });

  it('refuses a playbook that says nowhere where it applies', async () => {
    expect(await codeOf(createPlaybook(deps, lead, { title: 'Everywhere', body: 'x' }))).toBe('validation_failed');
    expect(await codeOf(createPlaybook(deps, lead, { title: 'Blank tag', body: 'x', tag: '  ' }))).toBe('validation_failed');
    expect(await codeOf(createPlaybook(deps, lead, { title: '   ', body: 'x', tag: 'a' }))).toBe('validation_failed');
  });

  it('finds the playbooks for a conversation by its tags and the scenarios the analysis heard', async () => {
    const complaintsBook = await createPlaybook(deps, lead, { title: 'Complaints', body: 'Apologise once, then act.', scenario: 'complaint' });
    const angryShipping = await createPlaybook(deps, lead, { title: 'Angry about delivery', body: 'Offer a refund of the shipping fee.', tag: 'shipping', scenario: 'complaint' });
    await createPlaybook(deps, lead, { title: 'Sales', body: 'Hand to the shop team.', scenario: 'purchase' });

    const complaint = await conversationSaying('mila', 'The package arrived damaged');
    let found = await playbooksForConversation(store.db, channel.workspaceId, complaint);
    expect(found.situation.scenarios).toContain('complaint');
    expect(found.items.map((p) => p.title)).toEqual(['Complaints']);

    const stored = (await getConversation(store.db, channel.workspaceId, complaint))!;
    await updateConversation(store.db, stored, { tags: ['shipping'] });
    found = await playbooksForConversation(store.db, channel.workspaceId, complaint);
    expect(found.items.map((p) => p.id)).toEqual([angryShipping.id, complaintsBook.id, (await listPlaybooks(store.db, channel.workspaceId))[0]!.id]);
    expect(found.items.map((p) => p.title)).toEqual(['Angry about delivery', 'Complaints', 'Late parcels']);

    const question = await conversationSaying('oskars', 'When do you open on Sunday?');
    found = await playbooksForConversation(store.db, channel.workspaceId, question);
    expect(found.items).toEqual([]);
  });

  it('reads the scenario from the customer\'s latest messages only', async () => {
    const texts = ['The package arrived damaged', ...Array.from({ length: 10 }, (_, i) => `ok noted ${i}`)];
    const settled = await conversationSaying('eva', ...texts);
    const found = await playbooksForConversation(store.db, channel.workspaceId, settled);
    expect(found.situation.scenarios).not.toContain('complaint');
    expect(found.items.map((p) => p.title)).not.toContain('Complaints');
  });

  it('edits and removes playbooks, keeping a condition', async () => {
    const book = await createPlaybook(deps, lead, { title: 'Refunds', body: 'Within 14 days.', tag: 'refund' });
    expect(await codeOf(editPlaybook(deps, lead, book.id, { tag: null }))).toBe('validation_failed');
    const edited = await editPlaybook(deps, lead, book.id, { body: 'Within 30 days.', scenario: 'complaint' });
    expect(edited).toMatchObject({ title: 'Refunds', body: 'Within 30 days.', tag: 'refund', scenario: 'complaint' });
    expect(edited.updatedAt >= book.updatedAt).toBe(true);
    await removePlaybook(deps, lead, book.id);
    expect(await codeOf(removePlaybook(deps, lead, book.id))).toBe('not_found');
    expect((await listAudit(store.db, channel.workspaceId, 2)).items.map((e) => e.action)).toEqual(['playbook.deleted', 'playbook.updated']);
  });

  it('keeps workspaces apart', async () => {
    const other = await createWorkspace(store.db, 'Competitor');
    const outsider: ActingMember = { workspaceId: other.id, userId: null, role: 'admin' };
    const ours = (await listPlaybooks(store.db, channel.workspaceId))[0]!;
    expect(await codeOf(editPlaybook(deps, outsider, ours.id, { body: 'theirs now' }))).toBe('not_found');
    expect(await codeOf(removePlaybook(deps, outsider, ours.id))).toBe('not_found');
    const conversation = await conversationSaying('rita', 'The package arrived damaged');
    expect(await codeOf(playbooksForConversation(store.db, other.id, conversation))).toBe('not_found');
    expect(await listPlaybooks(store.db, other.id)).toEqual([]);
  });
});
