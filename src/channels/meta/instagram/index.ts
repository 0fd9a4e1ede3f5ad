// The instagram channel: a professional account's comments, mentions and DMs, connected through
// a Facebook Page or with Instagram Login.
import { moderateComment } from '../moderation.ts';
import { replyWindow } from '../messaging-window.ts';
import { privateReplyPossibility } from '../private-reply.ts';
import type { ChannelAdapter, ChannelLimits } from '../../channel-adapter.ts';
import type { Visibility } from '../../../domain/types.ts';
import { verifyMetaSignature } from '../signature.ts';
import { answerVerification } from '../verification.ts';
import { createUsageGate, type UsageGate } from '../usage.ts';
import { defaultInstagramBaseUrl, prepareInstagramConnection } from './config.ts';
import { storedEndpoint } from '../connection.ts';
import { checkInstagramLoginHealth, checkInstagramViaPageHealth } from '../health.ts';
import { backfillInstagram } from '../backfill.ts';
import { parseInstagramBody, parseInstagramSignals } from './parse.ts';
import { sendOnInstagram } from './send.ts';

/**
 * DMs take 1,000 bytes of UTF-8 (Meta's wording), comments 2,200 characters (the caption and
 * comment limit publishing tools apply; Meta's reference states none). `count` takes the
 * visibility when given; without it, it counts bytes, the stricter rule, so a DM is never
 * let through too long.
 * https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message
 */
export const instagramLimits: ChannelLimits = {
  maxLength: { public: 2200, private: 1000 },
  // Comments count characters; DMs count UTF-8 bytes (Meta: "1000 bytes").
  count: (text: string, visibility: Visibility) => (visibility === 'public' ? text.length : Buffer.byteLength(text, 'utf8')),
};

export function createInstagramChannel(options: { usageGate?: UsageGate } = {}): ChannelAdapter {
  const gate = options.usageGate ?? createUsageGate();
  return {
    network: 'instagram',
    prepareConnection: (input) => prepareInstagramConnection(input.config),
    // An IGSID is Instagram-scoped: the same person has a different id for every professional
    // account, so ids mean something only within this account ("instagram:<igUserId>").
    // https://developers.facebook.com/docs/messenger-platform/instagram/features/user-profile
    identityNamespace: (channel) => `instagram:${String(channel.config.igUserId ?? channel.id)}`,
    handshake: (request, channel) => answerVerification(request, channel.secrets.verifyToken),
    verify: (request, channel) => verifyMetaSignature(request, channel.secrets.appSecret),
    parse: (request, channel) => parseInstagramBody(request.rawBody, String(channel.config.igUserId ?? '')),
    parseSignals: (request, channel) => parseInstagramSignals(request.rawBody, String(channel.config.igUserId ?? '')),
    acknowledge: (accepted) => ({ status: 200, body: { accepted } }),
    send: (message, channel, context) => sendOnInstagram(message, channel, context, gate),
    // Private messages only: comments may be answered at any time.
    messagingWindow: replyWindow,
    moderate: (externalId, action, channel, context) => moderateComment(channel, externalId, action, context.fetch),
    // A commenter's id is not a messaging id: Instagram allows one "private reply" sent to the comment.
    canMessagePrivately: (_channel, thread) => privateReplyPossibility('Instagram', thread),
    // An Instagram Login token ("IG…") has no debug_token; a Page token is judged like Facebook's.
    checkHealth: (channel, context) => {
      const endpoint = storedEndpoint(channel, 'accessToken', defaultInstagramBaseUrl);
      return endpoint.accessToken.startsWith('IG')
        ? checkInstagramLoginHealth(context.fetch, endpoint, String(channel.config.igUserId ?? ''))
        : checkInstagramViaPageHealth(context.fetch, endpoint);
    },
    backfill: (channel, since, context) =>
      backfillInstagram(context.fetch, storedEndpoint(channel, 'accessToken', defaultInstagramBaseUrl), String(channel.config.igUserId ?? ''), since, context.now()),
    limits: instagramLimits,
  };
}

export const instagramChannel: ChannelAdapter = createInstagramChannel();
