// Calls X's v2 write endpoints with OAuth 1.0a user context: a public reply and a DM.
//
// POST /2/tweets {text, reply:{in_reply_to_tweet_id}} → 201 {data:{id, text}}
//   https://docs.x.com/x-api/posts/creation-of-a-post
// POST /2/dm_conversations/with/:participant_id/messages {text} → 201 {data:{dm_conversation_id, dm_event_id}}
//   https://developer.x.com/en/docs/x-api/direct-messages/manage/api-reference/post-dm_conversations-with-participant_id-messages
import { SendError } from '../channel-adapter.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';
import { authorizationHeader, type OAuth1Credentials } from './oauth1.ts';
import { sendErrorOf } from './api-errors.ts';

export interface XClientContext {
  fetch: typeof fetch;
  now: () => Date;
  apiBaseUrl: string;
  credentials: OAuth1Credentials;
}

const TIMEOUT_MS = 15_000;

/** POSTs a JSON body, signed; the JSON is not part of the signature (RFC 5849 §3.4.1.3.1). */
async function postJson(context: XClientContext, path: string, payload: unknown): Promise<unknown> {
  const url = `${context.apiBaseUrl}${path}`;
  const body = JSON.stringify(payload);
  let response: Response;
  try {
    response = await context.fetch(url, {
      method: 'POST',
      headers: {
        authorization: authorizationHeader({ method: 'POST', url }, context.credentials),
        'content-type': 'application/json',
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // No answer at all: it may or may not have been posted, but waiting and trying again is what
    // a person would do. A refused target (SSRF guard) will not become acceptable by waiting.
    const isBlocked = error instanceof BlockedTargetError;
    throw new SendError(`X could not be reached at ${new URL(url).host}: ${(error as Error).message}`, !isBlocked);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw sendErrorOf(response, text, context.now());
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SendError(`X answered ${response.status} with a body that is not JSON`, false);
  }
}

function stringAt(value: unknown, key: string): string | null {
  const data = value && typeof value === 'object' ? (value as { data?: unknown }).data : undefined;
  const field = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' && field ? field : null;
}

/** Publishes a public reply under the post it answers; returns the new post's id. */
export async function createReplyPost(context: XClientContext, text: string, inReplyToPostId: string): Promise<string> {
  const answer = await postJson(context, '/2/tweets', { text, reply: { in_reply_to_tweet_id: inReplyToPostId } });
  const id = stringAt(answer, 'id');
  if (!id) throw new SendError('X accepted the post but returned no data.id', false);
  return id;
}

/** Sends a DM to one user (opening the one-to-one conversation if needed); returns the DM event id. */
export async function sendDirectMessage(context: XClientContext, participantId: string, text: string): Promise<string> {
  const answer = await postJson(context, `/2/dm_conversations/with/${encodeURIComponent(participantId)}/messages`, { text });
  const id = stringAt(answer, 'dm_event_id');
  if (!id) throw new SendError('X accepted the DM but returned no data.dm_event_id', false);
  return id;
}
