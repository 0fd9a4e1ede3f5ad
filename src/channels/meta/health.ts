// Asks Meta whether a facebook or instagram channel works: its token (debug_token, or /me on
// graph.instagram.com) and its webhook subscription (subscribed_apps).
// https://developers.facebook.com/docs/graph-api/reference/debug_token
// https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps
// https://developers.facebook.com/docs/instagram-platform/webhooks
import { z } from 'zod';
import type { HealthProbe } from '../channel-adapter.ts';
import type { GraphEndpoint } from './graph-client.ts';
import { graphGet, GraphTokenRefused } from './graph-read.ts';

/** The Page fields Parley's facebook channel reads: comments and posts, and Messenger. */
export const FACEBOOK_FIELDS = ['feed', 'messages'] as const;
/** The Instagram Login fields Parley's instagram channel reads: comments and DMs. */
export const INSTAGRAM_FIELDS = ['comments', 'messages'] as const;

/**
 * debug_token's answer: {data:{app_id, type, application, expires_at (0: never),
 * data_access_expires_at, is_valid, scopes, profile_id?, user_id?, error?{code, message}}}.
 * A token may inspect itself, so the channel's own token is both access_token and input_token:
 * Parley holds no app access token.
 */
const DebugToken = z.object({
  data: z.object({
    app_id: z.union([z.string(), z.number()]).transform(String).optional(),
    type: z.string().optional(),
    is_valid: z.boolean(),
    expires_at: z.number().optional(),
    data_access_expires_at: z.number().optional(),
    profile_id: z.union([z.string(), z.number()]).transform(String).optional(),
    scopes: z.array(z.string()).optional(),
    error: z.object({ message: z.string().optional(), code: z.number().optional() }).optional(),
  }),
});

const SubscribedApps = z.object({
  data: z.array(z.object({
    id: z.union([z.string(), z.number()]).transform(String).optional(),
    name: z.string().optional(),
    subscribed_fields: z.array(z.string()).optional(),
  })),
});

interface TokenFacts {
  token: HealthProbe['token'];
  appId: string | null;
  /** The Page a Page token acts for (debug_token's profile_id). */
  pageId: string | null;
}

/** A Page token (facebook, or instagram through a Page): debug_token, then the Page's subscribed_apps. */
export async function checkPageHealth(fetchImpl: typeof fetch, endpoint: GraphEndpoint, pageId: string): Promise<HealthProbe> {
  const facts = await debugToken(fetchImpl, endpoint, 'Page');
  if (facts.token.state === 'invalid') return { token: facts.token, webhook: { state: 'unknown', detail: 'not checked: Meta refuses the token' } };
  if (facts.pageId && facts.pageId !== pageId) {
    return { token: { ...facts.token, state: 'invalid', detail: `the token is for Page ${facts.pageId}, not the connected Page ${pageId}` }, webhook: { state: 'unknown', detail: 'not checked: the token is for another Page' } };
  }
  return { token: facts.token, webhook: await pageSubscription(fetchImpl, endpoint, pageId, facts.appId, FACEBOOK_FIELDS) };
}

/**
 * An Instagram account connected through a Facebook Page: the token is a Page token, so
 * debug_token judges it. Its webhooks flow only while the app is subscribed to the linked Page
 * ("the Page connected to the app user's account must have Page subscriptions enabled"); which
 * Instagram fields arrive is set once for the whole app in the App Dashboard, not per Page, so
 * only the app's presence on the Page is asked. The Page is the one debug_token names.
 */
export async function checkInstagramViaPageHealth(fetchImpl: typeof fetch, endpoint: GraphEndpoint): Promise<HealthProbe> {
  const facts = await debugToken(fetchImpl, endpoint, 'Page');
  if (facts.token.state === 'invalid') return { token: facts.token, webhook: { state: 'unknown', detail: 'not checked: Meta refuses the token' } };
  if (!facts.pageId) {
    return { token: facts.token, webhook: { state: 'unknown', detail: 'the token is not a Page token, so Parley cannot tell which Page must have the app subscribed' } };
  }
  return { token: facts.token, webhook: await pageSubscription(fetchImpl, endpoint, facts.pageId, facts.appId, []) };
}

/**
 * Instagram API with Instagram Login (graph.instagram.com) has no debug_token. Its long-lived
 * tokens last 60 days from when they were issued or last refreshed (GET /refresh_access_token
 * answers a new token with expires_in), but nothing reads a token's expiry without refreshing
 * it, and a health check must not rotate credentials. So the token is checked by using it
 * (GET /me) and its expiry stays unknown.
 * https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token
 */
export async function checkInstagramLoginHealth(fetchImpl: typeof fetch, endpoint: GraphEndpoint, igUserId: string): Promise<HealthProbe> {
  let token: HealthProbe['token'];
  try {
    const me = z.object({ user_id: z.union([z.string(), z.number()]).transform(String).optional(), username: z.string().optional() })
      .safeParse(await graphGet(fetchImpl, endpoint, 'me', { fields: 'user_id,username' }));
    const owner = me.success ? me.data.user_id : undefined;
    if (owner && owner !== igUserId) {
      return {
        token: { state: 'invalid', expiresAt: null, detail: `the token belongs to Instagram account ${me.success && me.data.username ? `@${me.data.username}` : owner}, not the connected account` },
        webhook: { state: 'unknown', detail: 'not checked: the token is for another account' },
      };
    }
    token = {
      state: 'valid', expiresAt: null,
      detail: 'expiry unknown: Instagram Login tokens last 60 days from when they were issued or last refreshed, and graph.instagram.com does not say when; refresh it (GET /refresh_access_token) before then',
    };
  } catch (error) {
    if (!(error instanceof GraphTokenRefused)) throw error;
    return { token: { state: 'invalid', expiresAt: null, detail: error.message }, webhook: { state: 'unknown', detail: 'not checked: Meta refuses the token' } };
  }
  // With Instagram Login the token is the app's own, so every app listed is this app.
  const apps = SubscribedApps.safeParse(await graphGet(fetchImpl, endpoint, `${igUserId}/subscribed_apps`));
  if (!apps.success || apps.data.data.length === 0) {
    return { token, webhook: { state: 'missing', detail: `the app is not subscribed to Instagram account ${igUserId} (POST /${igUserId}/subscribed_apps)` } };
  }
  const fields = new Set(apps.data.data.flatMap((a) => a.subscribed_fields ?? []));
  const lacking = INSTAGRAM_FIELDS.filter((f) => !fields.has(f));
  if (lacking.length > 0) return { token, webhook: { state: 'missing', detail: `the subscription lacks ${lacking.join(', ')}` } };
  return { token, webhook: { state: 'subscribed', detail: null } };
}

async function debugToken(fetchImpl: typeof fetch, endpoint: GraphEndpoint, kind: string): Promise<TokenFacts> {
  let body: unknown;
  try {
    body = await graphGet(fetchImpl, endpoint, 'debug_token', { input_token: endpoint.accessToken });
  } catch (error) {
    if (error instanceof GraphTokenRefused) return { token: { state: 'invalid', expiresAt: null, detail: error.message }, appId: null, pageId: null };
    throw error;
  }
  const parsed = DebugToken.safeParse(body);
  if (!parsed.success) return { token: { state: 'unknown', expiresAt: null, detail: 'Meta answered debug_token without token data' }, appId: null, pageId: null };
  const d = parsed.data.data;
  const appId = d.app_id ?? null;
  const pageId = d.type === 'PAGE' ? d.profile_id ?? null : null;
  if (!d.is_valid) {
    return { token: { state: 'invalid', expiresAt: null, detail: d.error?.message ?? `Meta says the ${kind} token is not valid` }, appId, pageId };
  }
  return { token: { state: 'valid', ...whenItEnds(d.expires_at, d.data_access_expires_at) }, appId, pageId };
}

/**
 * A token stops working at expires_at (0: never, as for Page tokens from a long-lived user
 * token), and its data access lapses at data_access_expires_at (90 days after the person last
 * used the app); whichever comes first is when the channel goes dark.
 */
function whenItEnds(expiresAt: number | undefined, dataAccessExpiresAt: number | undefined): { expiresAt: string | null; detail: string | null } {
  const candidates = [
    { at: expiresAt, detail: 'the token expires (expires_at)' },
    { at: dataAccessExpiresAt, detail: "the app's data access expires (data_access_expires_at); the person must log in to the app again" },
  ].filter((c): c is { at: number; detail: string } => typeof c.at === 'number' && c.at > 0);
  if (candidates.length === 0) return { expiresAt: null, detail: 'the token does not expire' };
  const first = candidates.reduce((a, b) => (b.at < a.at ? b : a));
  return { expiresAt: new Date(first.at * 1000).toISOString(), detail: first.detail };
}

async function pageSubscription(fetchImpl: typeof fetch, endpoint: GraphEndpoint, pageId: string, appId: string | null, needed: readonly string[]): Promise<HealthProbe['webhook']> {
  const apps = SubscribedApps.safeParse(await graphGet(fetchImpl, endpoint, `${pageId}/subscribed_apps`));
  const listed = apps.success ? apps.data.data : [];
  // Without debug_token's app_id any listed app is taken for this one.
  const app = appId ? listed.find((a) => a.id === appId) : listed[0];
  if (!app) return { state: 'missing', detail: `${appId ? `app ${appId}` : 'the app'} is not subscribed to Page ${pageId} (POST /${pageId}/subscribed_apps)` };
  const fields = new Set(app.subscribed_fields ?? []);
  const lacking = needed.filter((f) => !fields.has(f));
  if (lacking.length > 0) return { state: 'missing', detail: `Page ${pageId}'s subscription lacks ${lacking.join(', ')}` };
  return { state: 'subscribed', detail: null };
}
