// Renders a saved reply for one conversation: the variant in the customer's language, variables filled.
import { notFound } from '../domain/errors.ts';
import { chooseVariant, renderTemplate, type RenderedReply } from '../domain/saved-reply-template.ts';
import type { Db } from '../store/database.ts';
import { getSavedReply, listSavedReplies } from '../store/repositories/saved-replies.ts';
import { getContact } from '../store/repositories/contacts.ts';
import { getUser } from '../store/repositories/users.ts';
import { loadConversation } from './load-conversation.ts';

export interface RenderInput {
  workspaceId: string;
  userId: string | null;
  savedReplyId: string;
  conversationId: string;
}

export async function renderSavedReply(db: Db, input: RenderInput): Promise<RenderedReply & { savedReplyId: string; language: string | null }> {
  const chosen = await getSavedReply(db, input.workspaceId, input.savedReplyId);
  // Someone else's personal reply is as good as absent.
  if (!chosen || (chosen.ownerId !== null && chosen.ownerId !== input.userId)) throw notFound('saved reply');
  const conversation = await loadConversation(db, input.workspaceId, input.conversationId);
  const variants = (await listSavedReplies(db, input.workspaceId, input.userId)).filter((r) => r.shortcut === chosen.shortcut);
  const variant = chooseVariant(variants, conversation.language) ?? chosen;
  const [contact, agent] = await Promise.all([
    getContact(db, input.workspaceId, conversation.contactId),
    input.userId ? getUser(db, input.userId) : undefined,
  ]);
  const rendered = renderTemplate(variant.body, {
    contact: { name: contact?.name ?? null, attributes: contact?.attributes ?? {} },
    agent: { name: agent?.name ?? null },
    conversation: { id: conversation.id },
  });
  return { ...rendered, savedReplyId: variant.id, language: variant.language };
}
