// Shapes an inbox page: each row with its contact and channel, fetched in a fixed number of queries.
import type { Db } from '../../store/database.ts';
import type { ConversationPage } from '../../store/repositories/conversations.ts';
import { getContactsByIds } from '../../store/repositories/contacts.ts';
import { getChannelsByIds } from '../../store/repositories/channels.ts';

export async function presentConversationPage(db: Db, page: ConversationPage) {
  const [contacts, channels] = await Promise.all([
    getContactsByIds(db, page.items.map((c) => c.contactId)),
    getChannelsByIds(db, page.items.map((c) => c.channelId)),
  ]);
  return {
    items: page.items.map((c) => {
      const contact = contacts.get(c.contactId);
      const identity = contact?.identities[0];
      const channel = channels.get(c.channelId);
      return {
        ...c,
        contact: contact ? { id: contact.id, name: contact.name, isVip: contact.isVip, handle: identity?.handle ?? null } : null,
        channel: channel ? { id: channel.id, network: channel.network, name: channel.name } : null,
      };
    }),
    nextCursor: page.nextCursor,
  };
}
