// The X channel: Account Activity webhooks in at /webhooks/x/<id> (or polling the v2 reads), v2 replies and DMs out.
import type { ChannelAdapter, OutboundMessage } from '../channel-adapter.ts';
import { SendError } from '../channel-adapter.ts';
import { prepareXConnection, xSettingsOf } from './config.ts';
import { answerCrc, verifyDelivery } from './webhook.ts';
import { parseAccountActivity } from './parse.ts';
import { createReplyPost, sendDirectMessage } from './client.ts';
import { xLimits } from './limits.ts';
import { pollX } from './poll.ts';

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

  // X only needs a quick 2xx; anything else makes it retry the delivery.
  acknowledge: (accepted) => ({ status: 200, body: { accepted } }),

  async send(message, channel, context) {
    const settings = xSettingsOf(channel);
    const client = { fetch: context.fetch, now: context.now, apiBaseUrl: settings.apiBaseUrl, credentials: settings.credentials };
    // Media needs X's upload endpoint first, which Parley does not call yet: say so rather than
    // post the words without the file the agent attached.
    if (message.attachments.length) {
      throw new SendError('attachments cannot be sent to X yet; send the text alone or link to the file', false);
    }
    if (message.visibility === 'private') {
      return { externalId: await sendDirectMessage(client, message.recipient.externalId, message.text) };
    }
    const parent = parentPostOf(message);
    if (!parent) throw new SendError('there is no X post in this conversation to reply under', false);
    return { externalId: await createReplyPost(client, message.text, parent) };
  },

  // Per channel: accounts without Account Activity webhooks connect with receive: 'polling'.
  isPolling: (channel) => xSettingsOf(channel).receive === 'polling',

  async poll(channel, cursor, context) {
    const { notices, ...result } = await pollX(xSettingsOf(channel), cursor, context);
    // Skipped queries and refused feeds are not failures; the cursor also keeps them readable.
    for (const notice of notices) context.notice(notice);
    return result;
  },

  limits: xLimits,
};
