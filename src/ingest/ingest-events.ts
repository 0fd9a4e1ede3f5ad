// Ingest: inbound events → dedupe → contact → thread → analyse → one transaction → publish.
import type { Db } from '../store/database.ts';
import type { Dialect } from '../store/dialect.ts';
import { channelSettings, type Channel, type Conversation, type ConversationChange, type Message } from '../domain/types.ts';
import type { InboundEvent } from '../domain/inbound-event.ts';
import type { InboundSignal } from '../domain/inbound-signal.ts';
import type { EventBus, RealtimeEvent } from '../realtime/event-bus.ts';
import { applySignals } from './apply-signals.ts';
import { placeInThread, type ThreadPlacement } from '../domain/threading.ts';
import { computePriority } from '../domain/priority.ts';
import { nextTimeChange } from '../domain/priority-time.ts';
import type { PrioritySettings } from '../domain/priority-settings.ts';
import { UNKNOWN_CUSTOMER } from '../domain/customer-value.ts';
import { getPrioritySettings } from '../store/repositories/priority-settings.ts';
import { customerValuesOf } from '../store/repositories/customer-values.ts';
import { newId } from '../domain/ids.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { findByExternalIds, getMessage, insertMessages, updateMessageContent } from '../store/repositories/messages.ts';
import { contactsOfIdentities } from '../store/repositories/contacts.ts';
import {
  findConversationsByThreads, findLinkedConversations, getConversationsByIds, insertConversations, patchedConversation, updateConversations,
  type ConversationPatch,
} from '../store/repositories/conversations.ts';
import { bumpDailyStats } from '../store/repositories/stats.ts';
import { markChannelEvent } from '../store/repositories/channels.ts';
import { withUniqueRetry } from '../store/unique-retry.ts';
import { snippetOf } from '../domain/snippet.ts';
import type { ListeningCache } from './listening-cache.ts';
import { applyListening } from './apply-listening.ts';
import { ensureTags } from '../store/repositories/tags.ts';
import { maskMessage, maskText } from '../domain/pii-guard.ts';

export interface IngestDeps {
  db: Db;
  dialect: Dialect;
  bus: EventBus;
  analyze: Analyzer;
  /** The workspaces' listening rules; absent: messages are not matched against any. */
  listening?: ListeningCache | undefined;
  now?: () => Date;
}

export interface IngestResult {
  /** Events taken in, duplicates included: a redelivery is accepted and changes nothing. */
  accepted: number;
  duplicates: number;
  messages: Message[];
  conversations: Conversation[];
}

interface ConversationWork {
  conversation: Conversation;
  isNew: boolean;
  patch: ConversationPatch;
  change?: Omit<ConversationChange, 'at'>;
  /** Messages this batch placed in the conversation. */
  placed: number;
}

/**
 * Stores a channel's events in one transaction and publishes them after it commits. The
 * caller acknowledges the network only when this resolves, so an acknowledged event is durable.
 */
export async function ingestEvents(deps: IngestDeps, channel: Channel, identityNamespace: string, events: InboundEvent[],
  signals: InboundSignal[] = []): Promise<IngestResult> {
  const now = (deps.now ?? (() => new Date()))();
  const stored = await withUniqueRetry(() => deps.db.transaction().execute((trx) =>
    ingestInTransaction({ ...deps, db: trx }, channel, identityNamespace, events, now, signals)));
  return publishIngested(deps.bus, channel, events.length, stored);
}

/** What one batch wrote, before it is announced. */
export interface StoredBatch {
  messages: Message[];
  touched: ConversationWork[];
  /** Messages edited or removed on the network by their author. */
  changed: Message[];
  /** What the batch's signals changed (receipts, contact activity), to announce as they are. */
  announcements: RealtimeEvent[];
  /** Signals taken in; like events, a repeated receipt is accepted and changes nothing. */
  signalCount: number;
}

/** Announces a committed batch on the bus; called only after the commit. */
export function publishIngested(bus: EventBus, channel: Channel, eventCount: number, stored: StoredBatch): IngestResult {
  for (const work of stored.touched) {
    bus.publish({ type: work.isNew ? 'conversation.created' : 'conversation.updated', workspaceId: channel.workspaceId, data: work.conversation });
  }
  for (const message of stored.messages) {
    bus.publish({ type: 'message.created', workspaceId: channel.workspaceId, data: maskMessage(message) });
  }
  for (const message of stored.changed) {
    bus.publish({ type: 'message.updated', workspaceId: channel.workspaceId, data: maskMessage(message) });
  }
  for (const event of stored.announcements) bus.publish(event);
  return {
    accepted: eventCount + stored.signalCount,
    duplicates: eventCount - stored.messages.length - stored.changed.length,
    messages: stored.messages,
    conversations: stored.touched.map((w) => w.conversation),
  };
}

/** Writes one batch inside the caller's transaction (the group-commit writer runs several in one). */
export async function ingestInTransaction(deps: IngestDeps, channel: Channel, namespace: string, events: InboundEvent[], now: Date,
  signals: InboundSignal[] = []): Promise<StoredBatch> {
  const { db } = deps;
  const nowIso = now.toISOString();
  const known = await findByExternalIds(db, channel.id, events.map((e) => e.externalId));
  // Parents named by replies, looked up in one query.
  const parents = await findByExternalIds(db, channel.id,
    events.map((e) => e.inReplyToExternalId).filter((id): id is string => !!id));
  // Everything the batch needs to look up is read up front, a query per kind rather than per event.
  const placing = events.filter((e) => !known.has(e.externalId));
  const customerOf = (e: InboundEvent) => (e.direction === 'in' ? e.author : e.recipient ?? e.author);
  const contactsByExternal = await contactsOfIdentities(db, channel.workspaceId, placing.map((e) => {
    const customer = customerOf(e);
    return { network: channel.network, namespace, externalId: customer.externalId, handle: customer.handle, displayName: customer.displayName };
  }), nowIso);
  const lookup = await lookUpPlaces(db, channel, placing, customerOf, parents);
  const works = new Map<string, ConversationWork>();
  const messages: Message[] = [];
  const customerByContact = await customerValuesOf(db, placing.filter((e) => e.direction === 'in').map((e) => contactsByExternal.get(customerOf(e).externalId)!));
  let prioritySettings: PrioritySettings | undefined;

  const changed: Message[] = [];
  const matcher = deps.listening ? await deps.listening.get(db, channel.workspaceId) : null;
  for (const event of events) {
    if (event.change) {
      // An edit or removal of a message we hold (stored earlier, or earlier in this batch).
      const pending = messages.find((m) => m.externalId === event.externalId);
      const stored = pending ?? (known.has(event.externalId) ? await getMessage(db, known.get(event.externalId)!.id) : undefined);
      if (stored) {
        if (applyChange(stored, event, deps, channel)) {
          if (!pending) { await updateMessageContent(db, stored); changed.push(stored); }
        }
        continue;
      }
      // The original never reached us: what we learn is kept as a message of its own, flagged below.
    }
    if (known.has(event.externalId)) continue;
    const customer = customerOf(event);
    const contactId = contactsByExternal.get(customer.externalId)!;
    const work = placeEvent(channel, event, contactId, parents, lookup, works, nowIso);
    const analysis = event.direction === 'in' ? deps.analyze(event.text, { network: channel.network, visibility: event.visibility }) : null;
    const hits = matcher && analysis ? matcher.match(event.text, analysis.language) : [];
    const message: Message = {
      id: newId('msg'), workspaceId: channel.workspaceId, conversationId: work.conversation.id, channelId: channel.id,
      direction: event.direction, visibility: event.visibility, externalId: event.externalId,
      inReplyToExternalId: event.inReplyToExternalId ?? null,
      authorType: event.direction === 'in' ? 'contact' : 'user',
      authorId: event.direction === 'in' ? contactId : null,
      authorName: event.author.displayName ?? event.author.handle,
      text: event.text, attachments: event.attachments,
      language: analysis?.language ?? null, sentiment: analysis?.sentiment ?? null,
      sentimentScore: analysis?.sentimentScore ?? null, urgency: analysis?.urgency ?? 0,
      intents: analysis?.intents ?? [], pii: analysis?.pii ?? [],
      deliveryStatus: event.direction === 'out' ? 'sent' : null, deliveryError: null,
      sentAt: event.sentAt, createdAt: nowIso,
      ...(event.change === 'edit' ? { editedAt: event.sentAt } : {}),
      ...(event.change === 'remove' ? { removedAt: event.sentAt } : {}),
      ...(hits.length ? { matches: hits.map((h) => ({ ruleId: h.rule.id, label: h.label })) } : {}),
    };
    messages.push(message);
    work.placed++;
    known.set(event.externalId, { id: message.id, conversationId: work.conversation.id });
    parents.set(event.externalId, { id: message.id, conversationId: work.conversation.id });

    const current = { ...work.conversation, ...work.patch };
    const patch: ConversationPatch = {
      snippet: snippetOf(maskText(event.text, analysis?.pii ?? []), event.attachments.length),
      lastMessageAt: event.sentAt > current.lastMessageAt ? event.sentAt : current.lastMessageAt,
    };
    if (event.direction === 'in') {
      const customer = customerByContact.get(contactId) ?? UNKNOWN_CUSTOMER;
      prioritySettings ??= (await getPrioritySettings(db, channel.workspaceId)).settings;
      const listened = applyListening(hits, { ...current, isNew: work.isNew && work.placed === 1 }, event.visibility);
      const stillWaiting = current.needsReply && current.status !== 'resolved';
      const waitingSince = stillWaiting && current.waitingSince ? current.waitingSince : event.sentAt;
      const waiting = { since: new Date(waitingSince), now };
      const priority = computePriority({
        analysis: analysis!, isVip: customer.isVip, customer, followers: event.author.followers, visibility: event.visibility,
        boost: listened.boost, settings: prioritySettings, waiting,
      });
      // Listening finds wait in their own view and do not age; the rest are recomputed when aging or the goal next changes them.
      const isListeningFind = !!('listeningLabel' in listened.patch ? listened.patch.listeningLabel : current.listeningLabel);
      const reprioritizeAt = isListeningFind ? null : nextTimeChange(prioritySettings, { ...waiting, visibility: event.visibility });
      if (listened.tags.length) await ensureTags(db, channel.workspaceId, listened.tags, now);
      Object.assign(patch, listened.patch);
      Object.assign(patch, {
        needsReply: true,
        lastInboundAt: event.sentAt,
        waitingSince,
        reprioritizeAt: reprioritizeAt?.toISOString() ?? null,
        language: analysis!.language ?? current.language,
        sentiment: analysis!.sentiment ?? current.sentiment,
        ...(stillWaiting && current.priority >= priority.score
          ? {}
          : { priority: priority.score, priorityFactors: priority.factors }),
        // A customer writing again reopens a resolved or snoozed conversation.
        ...(current.status === 'resolved' || current.status === 'snoozed' ? { status: 'open' as const, snoozedUntil: null } : {}),
      });
    } else {
      Object.assign(patch, { needsReply: false, waitingSince: null });
    }
    work.patch = { ...work.patch, ...patch };
    work.change = event.direction === 'in'
      ? { byUserId: null, byName: message.authorName ?? 'the customer', what: 'wrote again' }
      : { byUserId: null, byName: channel.name, what: 'posted outside Parley' };
  }

  // New conversations are written once, in their final state; those that existed are updated.
  const opened = [...works.values()].filter((work) => work.isNew);
  for (const work of opened) work.conversation = patchedConversation(work.conversation, work.patch, now, work.change);
  await insertConversations(db, opened.map((work) => ({ conversation: work.conversation, reprioritizeAt: work.patch.reprioritizeAt ?? null })));
  await insertMessages(db, messages);
  const updating = [...works.values()].filter((work) => !work.isNew && Object.keys(work.patch).length > 0);
  const updated = await updateConversations(db, updating.map((work) => ({ current: work.conversation, patch: work.patch, change: work.change })), now);
  updating.forEach((work, i) => { work.conversation = updated[i]!; });
  const touched: ConversationWork[] = [...opened, ...updating];
  if (messages.length) {
    const day = nowIso.slice(0, 10);
    const inbound = messages.filter((m) => m.direction === 'in').length;
    await bumpDailyStats(db, channel.workspaceId, channel.id, day, inbound, messages.length - inbound);
    await markChannelEvent(db, channel.id, nowIso);
  }
  const announcements = signals.length ? await applySignals(db, channel, namespace, signals, now) : [];
  return { messages, touched, changed, announcements, signalCount: signals.length };
}

/** Applies an author's edit or removal to a message; false when it changes nothing (a redelivery). */
function applyChange(message: Message, event: InboundEvent, deps: IngestDeps, channel: Channel): boolean {
  if (event.change === 'remove') {
    if (message.removedAt) return false;
    message.removedAt = event.sentAt;
    return true;
  }
  if (message.text === event.text) return false;
  message.previousTexts = [...(message.previousTexts ?? []), message.text];
  message.text = event.text;
  message.attachments = event.attachments;
  message.editedAt = event.sentAt;
  if (message.direction === 'in') {
    // The new words are what the team must judge (new PII, new urgency).
    Object.assign(message, deps.analyze(event.text, { network: channel.network, visibility: message.visibility }));
  }
  return true;
}

/** The conversations a batch's events may belong to, read before they are placed. */
interface PlaceLookup {
  /** Each event's thread, worked out once. */
  placements: Map<InboundEvent, ThreadPlacement>;
  byId: Map<string, Conversation>;
  byThread: Map<string, Conversation>;
  linked: Map<string, Conversation>;
}

async function lookUpPlaces(db: Db, channel: Channel, placing: InboundEvent[], customerOf: (e: InboundEvent) => { externalId: string },
  parents: Map<string, { conversationId: string }>): Promise<PlaceLookup> {
  const placements = new Map<InboundEvent, ThreadPlacement>();
  const parentConversations: string[] = [];
  const threadKeys: string[] = [];
  const privateKeys: string[] = [];
  for (const event of placing) {
    const parent = event.inReplyToExternalId ? parents.get(event.inReplyToExternalId) : undefined;
    if (parent) parentConversations.push(parent.conversationId);
    const placement = placeInThread(event, customerOf(event).externalId);
    placements.set(event, placement);
    threadKeys.push(placement.threadKey);
    if (placement.kind === 'private') privateKeys.push(placement.threadKey);
  }
  return {
    placements,
    byId: await getConversationsByIds(db, parentConversations),
    byThread: await findConversationsByThreads(db, channel.id, threadKeys),
    linked: privateKeys.length ? await findLinkedConversations(db, channel.id, privateKeys) : new Map(),
  };
}

/** Finds or opens the conversation an event belongs to; a new one is written when the batch ends. */
function placeEvent(channel: Channel, event: InboundEvent, contactId: string,
  parents: Map<string, { conversationId: string }>, lookup: PlaceLookup, works: Map<string, ConversationWork>, nowIso: string): ConversationWork {
  const parent = event.inReplyToExternalId ? parents.get(event.inReplyToExternalId) : undefined;
  if (parent) {
    const cached = works.get(parent.conversationId);
    if (cached) return cached;
    const conversation = lookup.byId.get(parent.conversationId);
    if (conversation) return remember(works, { conversation, isNew: false, patch: {}, placed: 0 });
  }
  const placement = lookup.placements.get(event)!;
  for (const w of works.values()) if (w.conversation.threadKey === placement.threadKey) return w;
  // A private thread moved into a public conversation (public → private) continues there.
  const linked = placement.kind === 'private' ? lookup.linked.get(placement.threadKey) : undefined;
  if (linked) return works.get(linked.id) ?? remember(works, { conversation: linked, isNew: false, patch: {}, placed: 0 });
  const existing = lookup.byThread.get(placement.threadKey);
  if (existing) return works.get(existing.id) ?? remember(works, { conversation: existing, isNew: false, patch: {}, placed: 0 });
  const conversation: Conversation = {
    id: newId('cv'), workspaceId: channel.workspaceId, channelId: channel.id, contactId, kind: placement.kind,
    threadKey: placement.threadKey, status: 'open', assigneeId: null, teamId: channelSettings(channel).teamId, tags: [], priority: 0,
    priorityFactors: [], language: null, sentiment: null, needsReply: false, snippet: '', snoozedUntil: null,
    lastMessageAt: event.sentAt, lastInboundAt: null, waitingSince: null, version: 1, lastChange: null, createdAt: nowIso, updatedAt: nowIso,
  };
  return remember(works, { conversation, isNew: true, patch: {}, placed: 0 });
}

function remember(works: Map<string, ConversationWork>, work: ConversationWork): ConversationWork {
  works.set(work.conversation.id, work);
  return work;
}
