// Who may use a webchat channel's endpoints: the channel by id, the site by Origin, the visitor by token.
import type { Services } from '../../server/services.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { getChannelWithSecrets } from '../../store/repositories/channels.ts';
import { allowedOriginsOf, isOriginAllowed, type OriginPolicy } from './allowed-origins.ts';
import { readVisitorToken } from './visitor-token.ts';

export async function loadWebchatChannel(services: Services, channelId: string): Promise<ChannelWithSecrets> {
  const channel = await getChannelWithSecrets(services.store.db, services.secretBox, channelId);
  // The same answer for "no such channel" and "not a webchat channel": nothing to probe.
  if (!channel || channel.network !== 'webchat') throw new ParleyError('not_found', 'unknown chat');
  return channel;
}

export function requireAllowedOrigin(channel: ChannelWithSecrets, origin: string | undefined, policy: OriginPolicy = 'origin-required'): void {
  if (!isOriginAllowed(allowedOriginsOf(channel.config), origin, policy)) {
    throw new ParleyError('forbidden', 'this site may not use this chat');
  }
}

/** The key visitor tokens are signed with; a channel without one cannot serve visitors. */
export function signingSecretOf(channel: ChannelWithSecrets): string {
  const secret = channel.secrets.secret;
  if (!secret) throw new ParleyError('unavailable', 'this chat has no signing secret; connect it again');
  return secret;
}

/** The visitor the token names; a forged, foreign or malformed token is refused. */
export function requireVisitor(channel: ChannelWithSecrets, token: string | undefined): string {
  const visitorId = readVisitorToken(channel.secrets.secret, token);
  if (!visitorId) throw new ParleyError('unauthorized', 'a valid visitor token is needed');
  return visitorId;
}
