// Writes the rows of generated conversations: their customers, identities, tags and messages,
// consistent with each other the way ingest and the care actions would have left them.
import type { ConversationStatus, Network, SentimentLabel } from '../../domain/types.ts';
import { computePriority } from '../../domain/priority.ts';
import { snippetOf } from '../../domain/snippet.ts';
import type { BulkRow } from '../bulk-insert.ts';
import type { Random } from './random.ts';
import { NOTES, PHRASEBOOKS, type Phrasebook, type SeedLanguage } from './vocabulary.ts';
import { composeCustomerText } from './compose-text.ts';
import {
  EXTRA_TAGS, LANGUAGE_MIX, OPEN_UNASSIGNED_SHARE, RETURNING_CUSTOMER_SHARE, STATUS_MIX, TOPIC_TAGS, VIP_SHARE,
} from './workspace-shape.ts';

export interface GeneratorChannel { id: string; network: Network; namespace: string; weight: number; publicShare: number }
export interface GeneratorAgent { id: string; name: string; languages: string[] }

export interface GeneratorContext {
  workspaceId: string;
  channels: GeneratorChannel[];
  agents: GeneratorAgent[];
  teamIds: string[];
  random: Random;
  newId: (prefix: string, atMs: number) => string;
  /** Prefix of generated external ids, unique per run. */
  runTag: string;
  total: number;
  startMs: number;
  endMs: number;
  nowMs: number;
}

export interface ChunkRows {
  contacts: BulkRow[];
  identities: BulkRow[];
  conversations: BulkRow[];
  conversationTags: BulkRow[];
  messages: BulkRow[];
}

/** What the aggregates need to hear about the generated rows. */
export interface SeedTally {
  statusCounts: Map<ConversationStatus, number>;
  /** Keyed by `day|channelId`. */
  daily: Map<string, { inbound: number; outbound: number }>;
  contacts: number;
  messages: number;
}

interface Customer { contactId: string; externalId: string; name: string; isVip: boolean }

const MINUTE = 60_000;
const SENTIMENT_MIX = [
  { value: 'negative' as const, weight: 50 }, { value: 'neutral' as const, weight: 45 }, { value: 'positive' as const, weight: 5 },
];
const RECENT_CUSTOMERS = 512;

function asciiHandle(name: string, random: Random): string {
  const ascii = name.normalize('NFKD').replace(/[^a-zA-Z]/g, '').toLowerCase().slice(0, 12);
  return `${ascii || 'user'}${random.int(1, 9999)}`;
}

export function createConversationGenerator(context: GeneratorContext) {
  const { random, workspaceId, newId } = context;
  const channelChoices = context.channels.map((c) => ({ value: c, weight: c.weight }));
  const recentByChannel = new Map<string, Customer[]>(context.channels.map((c) => [c.id, []]));
  const agentsByLanguage = new Map<string, GeneratorAgent[]>();
  for (const agent of context.agents) {
    for (const language of agent.languages) agentsByLanguage.set(language, [...(agentsByLanguage.get(language) ?? []), agent]);
  }
  const tally: SeedTally = { statusCounts: new Map(), daily: new Map(), contacts: 0, messages: 0 };
  let externalCounter = 0;
  let customerCounter = 0;
  let pairedCount: number | undefined;
  const stepMs = (context.endMs - context.startMs) / Math.max(1, context.total);

  const externalId = () => `${context.runTag}-${(externalCounter++).toString(36)}`;

  // Counts pair up to ten (1+9, 2+8, …) so that the total is exactly five per conversation.
  function messageCount(index: number): number {
    if (pairedCount !== undefined) { const count = pairedCount; pairedCount = undefined; return count; }
    if (index === context.total - 1) return 5;
    const count = random.int(1, 9);
    pairedCount = 10 - count;
    return count;
  }

  function customerFor(rows: ChunkRows, channel: GeneratorChannel, book: Phrasebook, isPublic: boolean, atIso: string): Customer {
    const recent = recentByChannel.get(channel.id)!;
    // A private thread is one per customer and channel, so only public threads reuse a customer.
    if (isPublic && recent.length > 0 && random.chance(RETURNING_CUSTOMER_SHARE)) return random.pick(recent);
    const name = `${random.pick(book.firstNames)} ${random.pick(book.lastNames)}`;
    const customer: Customer = {
      contactId: newId('ct', Date.parse(atIso)), externalId: `${context.runTag}-u${(customerCounter++).toString(36)}`,
      name, isVip: random.chance(VIP_SHARE),
    };
    rows.contacts.push([customer.contactId, workspaceId, name, customer.isVip ? 1 : 0, '{}', '', atIso, atIso]);
    rows.identities.push([newId('idn', Date.parse(atIso)), workspaceId, customer.contactId, channel.network, channel.namespace,
      customer.externalId, asciiHandle(name, random), name, atIso]);
    tally.contacts++;
    if (recent.length < RECENT_CUSTOMERS) recent.push(customer);
    else recent[random.int(0, RECENT_CUSTOMERS - 1)] = customer;
    return customer;
  }

  function bumpDaily(atIso: string, channelId: string, direction: 'in' | 'out') {
    const key = `${atIso.slice(0, 10)}|${channelId}`;
    const day = tally.daily.get(key) ?? { inbound: 0, outbound: 0 };
    if (direction === 'in') day.inbound++; else day.outbound++;
    tally.daily.set(key, day);
  }

  function pickAgent(languageCode: string): GeneratorAgent {
    const skilled = agentsByLanguage.get(languageCode);
    return skilled && random.chance(0.85) ? random.pick(skilled) : random.pick(context.agents);
  }

  function addConversation(rows: ChunkRows, index: number): void {
    const createdMs = Math.floor(context.startMs + index * stepMs);
    const createdIso = new Date(createdMs).toISOString();
    const channel = random.weighted(channelChoices);
    const isPublic = random.chance(channel.publicShare);
    const language: SeedLanguage = random.weighted(LANGUAGE_MIX);
    const book = PHRASEBOOKS[language];
    const customer = customerFor(rows, channel, book, isPublic, createdIso);
    const status = random.weighted(STATUS_MIX);
    const count = messageCount(index);
    const needsReply = status === 'open' ? random.chance(0.75) : status === 'snoozed' ? random.chance(0.3) : false;
    const topic = random.pick(book.issues).topic;
    const sentiment: SentimentLabel = topic === 'praise' ? 'positive'
      : random.weighted(SENTIMENT_MIX);
    const sentimentScore = sentiment === 'negative' ? -(0.3 + random.next() * 0.7) : sentiment === 'positive' ? 0.3 + random.next() * 0.7 : 0;
    const urgency = random.chance(0.12) ? 0.5 + random.next() * 0.5 : 0;
    const intents = random.chance(0.08) ? [topic, 'human'] : [topic];
    const priority = computePriority({ analysis: { urgency, sentiment, sentimentScore, intents }, isVip: customer.isVip,
      visibility: isPublic ? 'public' : 'private' });
    const assigned = status !== 'open' || !random.chance(OPEN_UNASSIGNED_SHARE);
    const agent = pickAgent(book.code);
    const tags = random.chance(0.8) ? [TOPIC_TAGS[topic]] : [];
    if (random.chance(0.2)) tags.push(random.pick(EXTRA_TAGS));
    const conversationId = newId('cv', createdMs);

    let atMs = createdMs;
    let lastText = '';
    let lastInboundIso: string | null = null;
    let previousExternal: string | null = null;
    let firstExternal = '';
    for (let j = 0; j < count; j++) {
      if (j > 0) atMs = Math.min(context.nowMs - MINUTE, atMs + Math.ceil(random.next() ** 2 * 90 * MINUTE) + MINUTE);
      const atIso = new Date(atMs).toISOString();
      const isLast = j === count - 1;
      const isInbound = j === 0 || (isLast ? needsReply : j % 2 === 0);
      const isNote = !isInbound && !isLast && random.chance(0.1);
      const text = isInbound ? composeCustomerText(random, book, topic) : isNote ? random.pick(NOTES) : random.pick(book.replies);
      const external = isNote ? null : externalId();
      if (j === 0) firstExternal = external!;
      const inReplyTo = isPublic && !isNote ? previousExternal : null;
      if (isInbound) {
        rows.messages.push([newId('msg', atMs), workspaceId, conversationId, channel.id, 'in', isPublic ? 'public' : 'private',
          external, inReplyTo, 'contact', customer.contactId, customer.name, text, '[]', book.code, sentiment,
          sentimentScore, urgency, JSON.stringify(intents), '[]', null, null, atIso, atIso]);
        lastInboundIso = atIso;
        bumpDaily(atIso, channel.id, 'in');
      } else {
        rows.messages.push([newId('msg', atMs), workspaceId, conversationId, channel.id, isNote ? 'note' : 'out',
          isNote || !isPublic ? 'private' : 'public', external, inReplyTo, 'user', agent.id, agent.name, text, '[]',
          isNote ? 'en' : book.code, null, null, 0, '[]', '[]', isNote ? null : 'sent', null, atIso, atIso]);
        if (!isNote) bumpDaily(atIso, channel.id, 'out');
      }
      if (!isNote) previousExternal = external;
      lastText = text;
    }
    tally.messages += count;

    const lastIso = new Date(atMs).toISOString();
    const snoozedUntil = status === 'snoozed' ? new Date(context.nowMs + random.int(1, 72) * 60 * MINUTE).toISOString() : null;
    const threadKey = isPublic ? `post:${firstExternal}` : `dm:${customer.externalId}`;
    rows.conversations.push([conversationId, workspaceId, channel.id, customer.contactId, isPublic ? 'public' : 'private',
      threadKey, status, assigned ? agent.id : null, random.chance(0.45) ? random.pick(context.teamIds) : null,
      JSON.stringify(tags), priority.score, JSON.stringify(priority.factors), book.code, sentiment, needsReply ? 1 : 0,
      snippetOf(lastText, 0), snoozedUntil, lastIso, lastInboundIso, needsReply ? lastInboundIso : null, count + 1,
      createdIso, lastIso, customer.isVip ? 1 : 0, null, null, null]);
    for (const tag of tags) rows.conversationTags.push([conversationId, workspaceId, tag, status, priority.score]);
    tally.statusCounts.set(status, (tally.statusCounts.get(status) ?? 0) + 1);
  }

  return {
    tally,
    /** The rows of conversations [from, to), in the order foreign keys need them written. */
    chunk(from: number, to: number): ChunkRows {
      const rows: ChunkRows = { contacts: [], identities: [], conversations: [], conversationTags: [], messages: [] };
      for (let index = from; index < to; index++) addConversation(rows, index);
      return rows;
    },
  };
}
