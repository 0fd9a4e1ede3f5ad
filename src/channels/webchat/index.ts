// The webchat channel: the embeddable widget's visitors, as a ChannelAdapter (the sockets live in gateway.ts).
import { randomBytes } from 'node:crypto';
import type { ChannelAdapter } from '../channel-adapter.ts';
import { SendError } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { headerValue } from '../signature.ts';
import { allowedOriginsOf, isOriginAllowed, parseWebchatConfig } from './allowed-origins.ts';
import { readVisitorToken } from './visitor-token.ts';
import { parseVisitorDelivery } from './parse.ts';
import { MAX_TEXT_LENGTH, countCodePoints } from './visitor-message.ts';
import { deliveryEvent } from './deliver-event.ts';

export const VISITOR_HEADER = 'x-parley-visitor';

function visitorOf(request: { headers: Record<string, string | string[] | undefined> }, secret: string | undefined): string {
  const visitorId = readVisitorToken(secret, headerValue(request.headers, VISITOR_HEADER));
  if (!visitorId) throw new ParleyError('invalid_signature', `missing or wrong ${VISITOR_HEADER} header`);
  return visitorId;
}

export const webchatChannel: ChannelAdapter = {
  network: 'webchat',

  prepareConnection(input) {
    const config = parseWebchatConfig(input.config);
    return { config, secrets: { secret: randomBytes(32).toString('hex') } };
  },

  // A visitor id means something only on the channel that minted its token.
  identityNamespace: (channel) => `webchat:${channel.id}`,

  // The HTTP fallback of the socket: the visitor token is the credential, and a browser on a site
  // the channel does not allow is turned away even with one.
  verify(request, channel) {
    visitorOf(request, channel.secrets.secret);
    const origin = headerValue(request.headers, 'origin');
    if (!isOriginAllowed(allowedOriginsOf(channel.config), origin, 'origin-optional')) {
      throw new ParleyError('forbidden', 'this site may not use this chat');
    }
  },

  parse: (request, channel) => parseVisitorDelivery(request.rawBody, visitorOf(request, channel.secrets.secret)),

  acknowledge: (accepted) => ({ status: 200, body: { accepted } }),

  // The gateway holds the sockets; the bus reaches the instance that holds this visitor's. A visitor
  // who is offline finds the reply in their history on the next page load.
  async send(message, channel, context) {
    if (!message.recipient.externalId) throw new SendError('the visitor is unknown', false);
    context.bus.publish(deliveryEvent(channel.workspaceId, {
      channelId: channel.id,
      visitorId: message.recipient.externalId,
      message: { id: message.messageId, direction: 'out', text: message.text, sentAt: message.sentAt, authorName: null },
    }));
    return { externalId: message.messageId };
  },

  limits: {
    maxLength: { public: MAX_TEXT_LENGTH, private: MAX_TEXT_LENGTH },
    count: countCodePoints,
  },
};
