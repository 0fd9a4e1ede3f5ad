// Webchat visitors: the profile a visitor gives the widget, and the history the widget shows them.
import type { Db } from '../database.ts';
import type { Message } from '../../domain/types.ts';
import { createContactWithIdentity, findIdentity, getContact, refreshIdentity, updateContact, type IdentityInput } from './contacts.ts';
import { toMessage } from './messages.ts';
import { withUniqueRetry } from '../unique-retry.ts';

/**
 * Stores the name (and email) a visitor typed as their identity on the channel, creating the
 * contact when they have not written yet. Racing their first message is retried on the unique key.
 */
export async function saveVisitorProfile(db: Db, workspaceId: string, identity: IdentityInput, now: Date): Promise<void> {
  await withUniqueRetry(() => db.transaction().execute(async (trx) => {
    const existing = await findIdentity(trx, workspaceId, identity.namespace, identity.externalId);
    if (!existing) {
      await createContactWithIdentity(trx, workspaceId, identity, now.toISOString());
      return;
    }
    await refreshIdentity(trx, existing, identity);
    const contact = await getContact(trx, workspaceId, existing.contactId);
    // An agent may have named the contact already; only an unnamed one takes the visitor's name.
    if (contact && contact.name === null && identity.displayName) {
      await updateContact(trx, workspaceId, contact.id, { name: identity.displayName }, now);
    }
  }));
}

/**
 * What the visitor may see of their own thread: their messages and the team's replies, never
 * internal notes or bot drafts; the latest `limit`, oldest first.
 */
export async function listVisitorMessages(db: Db, channelId: string, threadKey: string, limit = 200): Promise<Message[]> {
  const rows = await db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .selectAll('messages')
    .where('conversations.channel_id', '=', channelId)
    .where('conversations.thread_key', '=', threadKey)
    .where('messages.direction', 'in', ['in', 'out'])
    .orderBy('messages.seq', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map(toMessage);
}
