// X's webhook security: the CRC challenge (GET) and the x-twitter-webhooks-signature header (POST).
//
// Both are base64(HMAC-SHA256(key = the app's consumer secret, message)) prefixed "sha256=": the
// message is the crc_token for the challenge and the raw body for a delivery. Source:
// https://docs.x.com/x-api/webhooks/quickstart ("The CRC check", "Webhook security") and
// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks.
import { createHmac } from 'node:crypto';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { WebhookReply, WebhookRequest } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { headerValue, safeEqual } from '../signature.ts';

export const SIGNATURE_HEADER = 'x-twitter-webhooks-signature';

/** "sha256=" + base64(HMAC-SHA256(consumerSecret, message)). */
export function xSignature(consumerSecret: string, message: Buffer | string): string {
  return `sha256=${createHmac('sha256', consumerSecret).update(message).digest('base64')}`;
}

/**
 * Answers X's challenge-response check. X sends it at registration, hourly, and on demand; a wrong
 * or slow answer marks the webhook invalid and deliveries stop, so this does no I/O at all.
 */
export function answerCrc(request: WebhookRequest, channel: ChannelWithSecrets): WebhookReply {
  const token = request.query.crc_token;
  if (!token) throw new ParleyError('bad_request', 'an X challenge-response check needs a crc_token query parameter');
  const consumerSecret = channel.secrets.consumerSecret;
  if (!consumerSecret) throw new ParleyError('unavailable', 'this x channel has no consumer secret to answer the challenge with');
  return { status: 200, body: { response_token: xSignature(consumerSecret, token) } };
}

/** Refuses a delivery unless its signature header matches the raw body, compared in constant time. */
export function verifyDelivery(request: WebhookRequest, channel: ChannelWithSecrets): void {
  const given = headerValue(request.headers, SIGNATURE_HEADER);
  const consumerSecret = channel.secrets.consumerSecret;
  if (!given || !consumerSecret || !safeEqual(given, xSignature(consumerSecret, request.rawBody))) {
    throw new ParleyError('invalid_signature', `missing or wrong ${SIGNATURE_HEADER} header`);
  }
}
