// An X channel's settings: what an admin connects with, split into shown config and sealed secrets.
import { z } from 'zod';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { PreparedConnection } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import type { OAuth1Credentials } from './oauth1.ts';
import type { OAuth2UserTokenSettings } from './oauth2-user-token.ts';

export const DEFAULT_API_BASE_URL = 'https://api.x.com';

const credential = z.string().trim().min(1).max(512);

const ConnectSchema = z.object({
  // X user ids are decimal strings that outgrow 2^53, so a number is refused rather than rounded.
  userId: z.string().regex(/^\d{1,20}$/, 'userId is the account\'s numeric id, as a string'),
  handle: z.string().trim().regex(/^@?\w{1,15}$/, 'handle is the @name, up to 15 letters, digits or _').transform((h) => h.replace(/^@/, '')),
  consumerKey: credential,
  consumerSecret: credential,
  accessToken: credential,
  accessTokenSecret: credential,
  bearerToken: credential.optional(),
  // An OAuth 2.0 user access token (Authorization Code with PKCE): when given, writes use it as a
  // bearer instead of OAuth 1.0a; with a refresh token and the app's client id it is renewed.
  oauth2AccessToken: credential.optional(),
  oauth2RefreshToken: credential.optional(),
  oauth2ClientId: credential.optional(),
  oauth2ClientSecret: credential.optional(),
  apiBaseUrl: z.string().url().refine((u) => /^https?:\/\//.test(u), 'apiBaseUrl must be http(s)')
    .transform((u) => u.replace(/\/+$/, '')).optional(),
  // Account Activity webhooks need an Enterprise or pay-per-use plan; other accounts poll the v2
  // read endpoints instead (https://docs.x.com/x-api/account-activity/introduction).
  receive: z.enum(['webhooks', 'polling']).default('webhooks'),
}).refine((c) => !c.oauth2RefreshToken || (c.oauth2AccessToken && c.oauth2ClientId), {
  message: 'oauth2RefreshToken needs oauth2AccessToken and oauth2ClientId (the app\'s OAuth 2.0 client id) beside it',
  path: ['oauth2RefreshToken'],
}).refine((c) => !c.oauth2ClientSecret || c.oauth2ClientId, { message: 'oauth2ClientSecret needs oauth2ClientId', path: ['oauth2ClientSecret'] });

export type XReceiveMode = 'webhooks' | 'polling';

/** Validates what the admin typed and keeps every token out of the shown config. */
export function prepareXConnection(config: Record<string, unknown>): PreparedConnection {
  const parsed = ConnectSchema.safeParse(config);
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'an x channel needs config {userId, handle, consumerKey, consumerSecret, accessToken, accessTokenSecret, bearerToken?, oauth2AccessToken?, oauth2RefreshToken?, oauth2ClientId?, oauth2ClientSecret?, apiBaseUrl?, receive?: "webhooks" | "polling"}', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const {
    userId, handle, consumerKey, consumerSecret, accessToken, accessTokenSecret, bearerToken, apiBaseUrl, receive,
    oauth2AccessToken, oauth2RefreshToken, oauth2ClientId, oauth2ClientSecret,
  } = parsed.data;
  const optional = { bearerToken, oauth2AccessToken, oauth2RefreshToken, oauth2ClientSecret };
  return {
    // The OAuth 2.0 client id identifies the app, like the consumer key: shown, not sealed.
    config: { userId, handle, consumerKey, apiBaseUrl: apiBaseUrl ?? DEFAULT_API_BASE_URL, receive, ...(oauth2ClientId ? { oauth2ClientId } : {}) },
    secrets: {
      consumerSecret, accessToken, accessTokenSecret,
      ...Object.fromEntries(Object.entries(optional).filter((entry): entry is [string, string] => !!entry[1])),
    },
  };
}

export interface XSettings {
  userId: string;
  handle: string;
  apiBaseUrl: string;
  credentials: OAuth1Credentials;
  receive: XReceiveMode;
  /** The app's OAuth 2.0 bearer token, for the read endpoints that take app-only auth. */
  bearerToken: string | null;
  /** The OAuth 2.0 user token writes present instead of OAuth 1.0a; null: sign with OAuth 1.0a. */
  userToken: OAuth2UserTokenSettings | null;
}

/** The settings of a stored channel; a missing credential surfaces as an empty string and fails at X. */
export function xSettingsOf(channel: ChannelWithSecrets): XSettings {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    userId: text(channel.config.userId),
    handle: text(channel.config.handle),
    apiBaseUrl: text(channel.config.apiBaseUrl) || DEFAULT_API_BASE_URL,
    credentials: {
      consumerKey: text(channel.config.consumerKey),
      consumerSecret: channel.secrets.consumerSecret ?? '',
      accessToken: channel.secrets.accessToken ?? '',
      accessTokenSecret: channel.secrets.accessTokenSecret ?? '',
    },
    // Channels connected before the key existed have none: they were webhook channels.
    receive: channel.config.receive === 'polling' ? 'polling' : 'webhooks',
    bearerToken: channel.secrets.bearerToken || null,
    userToken: channel.secrets.oauth2AccessToken ? {
      accessToken: channel.secrets.oauth2AccessToken,
      refreshToken: channel.secrets.oauth2RefreshToken || null,
      clientId: text(channel.config.oauth2ClientId) || null,
      clientSecret: channel.secrets.oauth2ClientSecret || null,
    } : null,
  };
}
