// The generic api channel: signed JSON in at /webhooks/api/<id>, signed JSON deliveries out.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ChannelAdapter } from '../channel-adapter.ts';
import { SendError } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { hmacSha256Hex, headerValue, safeEqual } from '../signature.ts';
import { describeFailure, isRetryableStatus, retryAfterMs } from '../http-errors.ts';
import { parseApiDelivery } from './parse.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';
import { MAX_ATTACHMENTS_PER_REPLY } from '../../domain/upload-kinds.ts';

export const SIGNATURE_HEADER = 'x-parley-signature';

const ConfigSchema = z.object({
  deliveryUrl: z.string().url().refine((u) => /^https?:\/\//.test(u), 'deliveryUrl must be http(s)'),
});

export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${hmacSha256Hex(secret, body)}`;
}

export const apiChannel: ChannelAdapter = {
  network: 'api',

  prepareConnection(input) {
    const parsed = ConfigSchema.safeParse(input.config);
    if (!parsed.success) {
      throw new ParleyError('validation_failed', 'the api channel needs config.deliveryUrl (http or https)', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const secret = randomBytes(32).toString('hex');
    return { config: { deliveryUrl: parsed.data.deliveryUrl }, secrets: { secret }, shownOnce: { secret } };
  },

  // The client's user ids mean something only within this one integration.
  identityNamespace: (channel) => `api:${channel.id}`,

  verify(request, channel) {
    const given = headerValue(request.headers, SIGNATURE_HEADER);
    const secret = channel.secrets.secret;
    if (!given || !secret || !safeEqual(given, signBody(secret, request.rawBody))) {
      throw new ParleyError('invalid_signature', `missing or wrong ${SIGNATURE_HEADER} header`);
    }
  },

  parse: (request) => parseApiDelivery(request.rawBody),

  acknowledge: (accepted) => ({ status: 200, body: { accepted } }),

  async send(message, channel, context) {
    const deliveryUrl = String(channel.config.deliveryUrl ?? '');
    const secret = channel.secrets.secret ?? '';
    const body = JSON.stringify({
      id: message.messageId,
      conversationId: message.conversation.id,
      thread: message.conversation.threadKey.replace(/^(thread|post|dm):/, ''),
      inReplyTo: message.inReplyToExternalId,
      to: { id: message.recipient.externalId, handle: message.recipient.handle },
      text: message.text,
      visibility: message.visibility,
      attachments: message.attachments,
      sentAt: message.sentAt,
    });
    let response: Response;
    try {
      response = await context.fetch(deliveryUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signBody(secret, body),
          'idempotency-key': message.idempotencyKey,
        },
        body,
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      // A refused target will not become acceptable by waiting.
      const isBlocked = error instanceof BlockedTargetError;
      throw new SendError(`delivery to ${new URL(deliveryUrl).host} failed: ${(error as Error).message}`, !isBlocked);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new SendError(describeFailure(response.status, text), isRetryableStatus(response.status),
        retryAfterMs(response.headers.get('retry-after'), context.now()));
    }
    let externalId: string | null = null;
    try {
      const parsed = JSON.parse(text) as { id?: unknown };
      if (typeof parsed.id === 'string' || typeof parsed.id === 'number') externalId = String(parsed.id);
    } catch {
      // A receiver may answer with no body; the message keeps our id.
    }
    return { externalId };
  },

  limits: {
    maxLength: { public: 10_000, private: 10_000 },
    count: (text) => Array.from(text).length,
    // Delivered as signed links in the JSON; the receiving system fetches what it wants.
    maxAttachments: { public: MAX_ATTACHMENTS_PER_REPLY, private: MAX_ATTACHMENTS_PER_REPLY },
  },
};
