// Hiding, showing again and deleting a public comment from the web app (an agent hides a
// comment that exposes a customer's private data): one Graph call each.
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { callGraph, FACEBOOK_GRAPH_URL, graphFailureAsParleyError, type GraphCall } from './graph-client.ts';
import { storedEndpoint } from './connection.ts';
import { networkIdOf } from './meta-event.ts';
import { defaultInstagramBaseUrl } from './instagram/config.ts';

export type CommentAction = 'hide' | 'unhide' | 'delete';

/**
 * Facebook: POST /{comment-id}?is_hidden=true|false, DELETE /{comment-id}.
 * Instagram: POST /{ig-comment-id}?hide=true|false, DELETE /{ig-comment-id}. Both answer {success:true}.
 * https://developers.facebook.com/docs/graph-api/reference/comment#updating
 * https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment#updating
 */
export function moderationCallFor(network: 'facebook' | 'instagram', commentExternalId: string, action: CommentAction): GraphCall {
  const id = networkIdOf(commentExternalId);
  if (!/^[\w.-]{1,128}$/.test(id) || id.startsWith('mention')) throw new ParleyError('bad_request', `'${id}' is not a comment id`);
  if (action === 'delete') return { method: 'DELETE', path: id };
  const value = action === 'hide' ? 'true' : 'false';
  return { method: 'POST', path: id, query: network === 'facebook' ? { is_hidden: value } : { hide: value } };
}

/** Resolves when Meta confirmed; throws ParleyError (422 refused, 429 throttled, 503 unavailable) otherwise. */
export async function moderateComment(channel: ChannelWithSecrets, commentExternalId: string, action: CommentAction, fetchImpl: typeof fetch): Promise<void> {
  if (channel.network !== 'facebook' && channel.network !== 'instagram') throw new ParleyError('bad_request', `${channel.network} comments are not moderated through Meta`);
  const call = moderationCallFor(channel.network, commentExternalId, action);
  let endpoint;
  try {
    endpoint = channel.network === 'facebook'
      ? storedEndpoint(channel, 'pageAccessToken', () => FACEBOOK_GRAPH_URL)
      : storedEndpoint(channel, 'accessToken', defaultInstagramBaseUrl);
  } catch (error) {
    throw new ParleyError('channel_cannot_send', (error as Error).message);
  }
  let response;
  try {
    response = await callGraph(fetchImpl, endpoint, call);
  } catch (error) {
    throw new ParleyError('unavailable', `could not reach the Graph API: ${(error as Error).message}`);
  }
  if (!response.ok) throw graphFailureAsParleyError(response, `${action} comment ${networkIdOf(commentExternalId)}`);
}
