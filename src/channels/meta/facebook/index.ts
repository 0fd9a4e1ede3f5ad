// The facebook channel: a Page's feed (comments, replies, visitor posts, mentions) and its
// Messenger inbox, through Meta's webhooks and Graph API.
import { moderateComment } from '../moderation.ts';
import { replyWindow } from '../messaging-window.ts';
import { privateReplyPossibility } from '../private-reply.ts';
import type { ChannelAdapter, ChannelLimits } from '../../channel-adapter.ts';
import { verifyMetaSignature } from '../signature.ts';
import { answerVerification } from '../verification.ts';
import { createUsageGate, type UsageGate } from '../usage.ts';
import { prepareFacebookConnection } from './config.ts';
import { parseFacebookBody, parseFacebookSignals } from './parse.ts';
import { sendOnFacebook } from './send.ts';
import { storedEndpoint } from '../connection.ts';
import { FACEBOOK_GRAPH_URL } from '../graph-client.ts';
import { checkPageHealth } from '../health.ts';
import { backfillFacebook } from '../backfill.ts';

/**
 * Messenger text takes 2,000 characters (Send API reference, `message.text`); Page comments
 * take 8,000 (not stated in Meta's reference; the limit publishing tools apply). Counted in
 * UTF-16 units, which is never fewer than Meta's count, so a reply that passes is not refused.
 * https://developers.facebook.com/docs/messenger-platform/reference/send-api
 */
export const facebookLimits: ChannelLimits = {
  maxLength: { public: 8000, private: 2000 },
  count: (text) => text.length,
};

export function createFacebookChannel(options: { usageGate?: UsageGate } = {}): ChannelAdapter {
  const gate = options.usageGate ?? createUsageGate();
  return {
    network: 'facebook',
    prepareConnection: (input) => prepareFacebookConnection(input.config),
    // A PSID is page-scoped: Messenger gives the same person a different id on every Page, so
    // ids mean something only within this Page ("facebook:<pageId>"). Two channels connecting
    // the same Page share identities; two Pages never merge different people.
    // https://developers.facebook.com/docs/messenger-platform/identity/user-profile
    identityNamespace: (channel) => `facebook:${String(channel.config.pageId ?? channel.id)}`,
    handshake: (request, channel) => answerVerification(request, channel.secrets.verifyToken),
    verify: (request, channel) => verifyMetaSignature(request, channel.secrets.appSecret),
    parse: (request, channel) => parseFacebookBody(request.rawBody, String(channel.config.pageId ?? '')),
    parseSignals: (request, channel) => parseFacebookSignals(request.rawBody, String(channel.config.pageId ?? '')),
    acknowledge: (accepted) => ({ status: 200, body: { accepted } }),
    send: (message, channel, context) => sendOnFacebook(message, channel, context, gate),
    // Private messages only: comments may be answered at any time.
    messagingWindow: replyWindow,
    moderate: (externalId, action, channel, context) => moderateComment(channel, externalId, action, context.fetch),
    // A commenter's id is not a messaging id: Facebook allows one "private reply" sent to the comment.
    canMessagePrivately: (_channel, thread) => privateReplyPossibility('Facebook', thread),
    checkHealth: (channel, context) =>
      checkPageHealth(context.fetch, storedEndpoint(channel, 'pageAccessToken', () => FACEBOOK_GRAPH_URL), String(channel.config.pageId ?? '')),
    backfill: (channel, since, context) =>
      backfillFacebook(context.fetch, storedEndpoint(channel, 'pageAccessToken', () => FACEBOOK_GRAPH_URL), String(channel.config.pageId ?? ''), since, context.now()),
    limits: facebookLimits,
  };
}

export const facebookChannel: ChannelAdapter = createFacebookChannel();
