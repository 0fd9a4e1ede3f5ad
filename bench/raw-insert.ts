// The storage limit: the rows the pipeline would write for the same traffic (customers, their
// identities, conversations, messages), inserted raw with multi-row statements in one
// transaction — no verification, parsing, lookups, analysis or publishing.
import { performance } from 'node:perf_hooks';
import type { Store } from '../src/store/database.ts';
import { placeInThread } from '../src/domain/threading.ts';
import { snippetOf } from '../src/domain/snippet.ts';
import { insertRows, type BulkRow } from '../src/store/bulk-insert.ts';
import { createSeedIds, randomRunTag } from '../src/store/seed/seed-ids.ts';
import { createEventSource } from './workload.ts';

export interface RawInsertResult { messages: number; rows: number; seconds: number; messagesPerSecond: number }

export async function measureRawInsert(store: Store, workspaceId: string, channelId: string, count: number, seed: number, idPrefix: string): Promise<RawInsertResult> {
  const source = createEventSource(seed, idPrefix);
  const newId = createSeedIds(randomRunTag());
  const namespace = `api:${channelId}`;
  const contacts: BulkRow[] = [];
  const identities: BulkRow[] = [];
  const conversations: BulkRow[] = [];
  const messages: BulkRow[] = [];
  const contactOf = new Map<string, string>();
  const conversationOfThread = new Map<string, string>();
  const conversationOfMessage = new Map<string, string>();
  const nowMs = Date.now();
  const now = new Date(nowMs).toISOString();
  for (let i = 0; i < count; i++) {
    const event = source.next(new Date(nowMs));
    let contactId = contactOf.get(event.from.id);
    if (!contactId) {
      contactId = newId('ct', nowMs);
      contactOf.set(event.from.id, contactId);
      contacts.push([contactId, workspaceId, event.from.name, 0, '{}', '', now, now]);
      identities.push([newId('idn', nowMs), workspaceId, contactId, 'api', namespace, event.from.id, event.from.handle, event.from.name, now]);
    }
    let conversationId = event.inReplyTo ? conversationOfMessage.get(event.inReplyTo) : undefined;
    if (!conversationId) {
      const placement = placeInThread({
        externalId: event.id, direction: 'in', visibility: event.visibility, text: event.text, attachments: [], sentAt: event.sentAt,
        author: { externalId: event.from.id, handle: event.from.handle, displayName: event.from.name }, inReplyToExternalId: event.inReplyTo,
      }, event.from.id);
      conversationId = conversationOfThread.get(placement.threadKey);
      if (!conversationId) {
        conversationId = newId('cv', nowMs);
        conversationOfThread.set(placement.threadKey, conversationId);
        conversations.push([conversationId, workspaceId, channelId, contactId, placement.kind, placement.threadKey, 'open', null, null,
          '[]', 0, '[]', null, null, 1, snippetOf(event.text, 0), null, event.sentAt, event.sentAt, event.sentAt, 1, now, now, 0, null, null, null]);
      }
    }
    conversationOfMessage.set(event.id, conversationId);
    messages.push([newId('msg', nowMs), workspaceId, conversationId, channelId, 'in', event.visibility, event.id, event.inReplyTo ?? null,
      'contact', contactId, event.from.name, event.text, '[]', null, null, null, 0, '[]', '[]', null, null, event.sentAt, now]);
  }
  const started = performance.now();
  await store.db.transaction().execute(async (trx) => {
    await insertRows(trx, store.dialect, 'contacts', contacts);
    await insertRows(trx, store.dialect, 'identities', identities);
    await insertRows(trx, store.dialect, 'conversations', conversations);
    await insertRows(trx, store.dialect, 'messages', messages);
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    messages: messages.length, rows: contacts.length + identities.length + conversations.length + messages.length,
    seconds, messagesPerSecond: messages.length / seconds,
  };
}
