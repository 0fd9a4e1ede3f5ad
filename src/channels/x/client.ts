// Calls X's v2 write endpoints as the brand: a public reply and a DM, each with uploaded media.
//
// POST /2/tweets {text, reply:{in_reply_to_tweet_id}, media:{media_ids}} → 201 {data:{id, text}}
//   https://docs.x.com/x-api/posts/creation-of-a-post
// POST /2/dm_conversations/with/:participant_id/messages {text, attachments:[{media_id}]}
//   → 201 {data:{dm_conversation_id, dm_event_id}}
//   https://developer.x.com/en/docs/x-api/direct-messages/manage/api-reference/post-dm_conversations-with-participant_id-messages
// Both take text, media, or both.
import { SendError } from '../channel-adapter.ts';
import { callX, type XClientContext } from './x-request.ts';

export type { XClientContext } from './x-request.ts';

function stringAt(value: unknown, key: string): string | null {
  const data = value && typeof value === 'object' ? (value as { data?: unknown }).data : undefined;
  const field = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' && field ? field : null;
}

/** Publishes a public reply under the post it answers; returns the new post's id. */
export async function createReplyPost(context: XClientContext, text: string, inReplyToPostId: string, mediaIds: string[] = []): Promise<string> {
  const answer = await callX(context, {
    method: 'POST', path: '/2/tweets',
    json: {
      ...(text ? { text } : {}),
      reply: { in_reply_to_tweet_id: inReplyToPostId },
      ...(mediaIds.length ? { media: { media_ids: mediaIds } } : {}),
    },
  });
  const id = stringAt(answer, 'id');
  if (!id) throw new SendError('X accepted the post but returned no data.id', false);
  return id;
}

/** Sends a DM to one user (opening the one-to-one conversation if needed); returns the DM event id. */
export async function sendDirectMessage(context: XClientContext, participantId: string, text: string, mediaId: string | null = null): Promise<string> {
  const answer = await callX(context, {
    method: 'POST', path: `/2/dm_conversations/with/${encodeURIComponent(participantId)}/messages`,
    json: { ...(text ? { text } : {}), ...(mediaId ? { attachments: [{ media_id: mediaId }] } : {}) },
  });
  const id = stringAt(answer, 'dm_event_id');
  if (!id) throw new SendError('X accepted the DM but returned no data.dm_event_id', false);
  return id;
}
