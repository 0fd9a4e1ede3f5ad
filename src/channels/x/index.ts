// The X channel: Account Activity webhooks in at /webhooks/x/<id> (or polling the v2 reads), v2 replies and DMs out.
import type { ChannelAdapter, OutboundMessage } from '../channel-adapter.ts';
import { SendError } from '../channel-adapter.ts';
import { prepareXConnection, xSettingsOf } from './config.ts';
import { answerCrc, verifyDelivery } from './webhook.ts';
import { parseAccountActivity } from './parse.ts';
import { parseActivitySignals } from './parse-signals.ts';
import { createReplyPost, sendDirectMessage, type XClientContext } from './client.ts';
import { xLimits } from './limits.ts';
import { checkXAttachments } from './media-rules.ts';
import { uploadMedia } from './media-upload.ts';
import { createUserTokenSession } from './oauth2-user-token.ts';
import { pollX } from './poll.ts';
import { checkXHealth } from './health.ts';
import { backfillX } from './backfill.ts';

/** Uploads the message's files to X, in order; the media ids the post or DM then names. */
async function uploadAttachments(client: XClientContext, message: OutboundMessage): Promise<string[]> {
  if (message.attachments.length === 0) return [];
  // Checked before queueing too; a message queued before the rules changed is held to them here.
  const refusal = checkXAttachments(message.attachments.map((a) => ({
    name: a.name ?? 'file', mimeType: a.mimeType ?? 'application/octet-stream', size: a.size ?? 0,
  })), message.visibility);
  if (refusal) throw new SendError(refusal, false);
  const read = message.readAttachment;
  if (!read) throw new SendError('the attached files cannot be read from here to upload them to X', false);
  const ids: string[] = [];
  for (const attachment of message.attachments) {
    const bytes = await read(attachment);
    ids.push(await uploadMedia(client, { bytes, mimeType: attachment.mimeType ?? '', name: attachment.name ?? 'file' }, message.visibility));
  }
  return ids;
}

/** The post a public reply goes under: the last customer post, else the post that opened the thread. */
function parentPostOf(message: OutboundMessage): string | null {
  if (message.inReplyToExternalId) return message.inReplyToExternalId;
  const match = /^post:(\d{1,20})$/.exec(message.conversation.threadKey);
  return match ? match[1]! : null;
}

export const xChannel: ChannelAdapter = {
  network: 'x',

  prepareConnection: (input) => prepareXConnection(input.config),

  // X user ids are global: the same person reached through two brand accounts is one identity.
  identityNamespace: () => 'x',

  handshake: answerCrc,

  verify: verifyDelivery,

  parse: (request, channel) => {
    const { userId, handle } = xSettingsOf(channel);
    return parseAccountActivity(request.rawBody, { userId, handle });
  },

  // Likes and follows: recorded on the customer's contact, opening no conversation.
  parseSignals: (request, channel) => {
    const { userId, handle } = xSettingsOf(channel);
    return parseActivitySignals(request.rawBody, { userId, handle });
  },

  // X only needs a quick 2xx; anything else makes it retry the delivery.
  acknowledge: (accepted) => ({ status: 200, body: { accepted } }),

  async send(message, channel, context) {
    const settings = xSettingsOf(channel);
    const endpoint = { fetch: context.fetch, apiBaseUrl: settings.apiBaseUrl };
    const client: XClientContext = {
      ...endpoint, now: context.now, credentials: settings.credentials,
      userToken: settings.userToken ? createUserTokenSession(endpoint, settings.userToken, context.updateSecrets) : null,
    };
    if (message.visibility === 'private') {
      const [mediaId] = await uploadAttachments(client, message);
      return { externalId: await sendDirectMessage(client, message.recipient.externalId, message.text, mediaId ?? null) };
    }
    // Checked before uploading: files sent to X for a reply that cannot be posted would be wasted.
    const parent = parentPostOf(message);
    if (!parent) throw new SendError('there is no X post in this conversation to reply under', false);
    return { externalId: await createReplyPost(client, message.text, parent, await uploadAttachments(client, message)) };
  },

  // Per channel: accounts without Account Activity webhooks connect with receive: 'polling'.
  isPolling: (channel) => xSettingsOf(channel).receive === 'polling',

  async poll(channel, cursor, context) {
    const { notices, ...result } = await pollX(xSettingsOf(channel), cursor, context);
    // Skipped queries and refused feeds are not failures; the cursor also keeps them readable.
    for (const notice of notices) context.notice(notice);
    return result;
  },

  checkHealth: (channel, context) => checkXHealth(xSettingsOf(channel), channel.id, context),
  backfill: (channel, since, context) => backfillX(xSettingsOf(channel), since, context),

  limits: xLimits,
};
