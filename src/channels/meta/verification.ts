// The hub.* handshake Meta sends (GET) when a webhook callback URL is configured.
import { ParleyError } from '../../domain/errors.ts';
import type { WebhookReply, WebhookRequest } from '../channel-adapter.ts';
import { safeEqual } from '../signature.ts';

/**
 * Meta calls `GET <callback>?hub.mode=subscribe&hub.challenge=<int>&hub.verify_token=<ours>`;
 * the endpoint answers 200 with the challenge when the token matches, anything else refuses.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
 */
export function answerVerification(request: WebhookRequest, verifyToken: string | undefined): WebhookReply {
  const mode = request.query['hub.mode'];
  const token = request.query['hub.verify_token'];
  const challenge = request.query['hub.challenge'];
  if (mode !== 'subscribe' || !token || !verifyToken || !safeEqual(token, verifyToken)) {
    throw new ParleyError('forbidden', 'the verification request does not carry this channel\'s verify token');
  }
  // Meta's challenge is an integer; anything else is not Meta, and echoing it back would let a
  // caller make the server reflect arbitrary text.
  if (!challenge || !/^[A-Za-z0-9_.-]{1,256}$/.test(challenge)) {
    throw new ParleyError('forbidden', 'the verification request has no usable hub.challenge');
  }
  return { status: 200, body: challenge, contentType: 'text/plain; charset=utf-8' };
}
