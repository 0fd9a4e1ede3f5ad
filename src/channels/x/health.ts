// Asks X whether a channel works: the user token (GET /2/users/me) and, for webhook channels, the
// Account Activity webhook Parley's URL is registered as (GET /2/webhooks, app-only bearer) and
// the account's subscription to it (GET /2/account_activity/webhooks/:id/subscriptions/all).
// https://docs.x.com/x-api/users/user-lookup-me
// https://docs.x.com/x-api/webhooks/get-webhook
// https://docs.x.com/x-api/account-activity/validate-subscription
// OAuth 1.0a user tokens do not expire (they end when the user revokes the app), so X gives no
// expiry to warn about; a revoked token shows as a 401 here.
import { z } from 'zod';
import type { HealthProbe, SendContext } from '../channel-adapter.ts';
import type { XSettings } from './config.ts';
import { getJson, XReadError, type XReadContext } from './read-client.ts';

const MeSchema = z.object({ data: z.object({ id: z.string(), username: z.string().optional() }) });
const WebhooksSchema = z.object({
  data: z.array(z.object({ id: z.string(), url: z.string(), valid: z.union([z.boolean(), z.string()]).optional() })).optional(),
});
const SubscribedSchema = z.object({ data: z.object({ subscribed: z.union([z.boolean(), z.string()]) }) });

/** X sends booleans as strings in places. */
const isTrue = (value: boolean | string | undefined) => value === true || value === 'true';

export async function checkXHealth(settings: XSettings, channelId: string, context: SendContext): Promise<HealthProbe> {
  const client: XReadContext = {
    fetch: context.fetch, now: context.now, apiBaseUrl: settings.apiBaseUrl, credentials: settings.credentials, bearerToken: settings.bearerToken,
  };
  const token = await checkToken(client, settings);
  // The subscription check needs the user's token too: with a refused token it would say nothing new.
  if (token.state === 'invalid') return { token, webhook: { state: 'unknown', detail: 'not checked: X refuses the user token' } };
  return { token, webhook: await checkWebhook(client, settings, channelId) };
}

async function checkToken(client: XReadContext, settings: XSettings): Promise<HealthProbe['token']> {
  try {
    const me = MeSchema.safeParse((await getJson(client, '/2/users/me', {}, 'user')).body);
    if (!me.success) return { state: 'unknown', expiresAt: null, detail: 'X answered /2/users/me without a user' };
    if (me.data.data.id !== settings.userId) {
      return { state: 'invalid', expiresAt: null, detail: `the token belongs to @${me.data.data.username ?? me.data.data.id}, not to the connected account` };
    }
    return { state: 'valid', expiresAt: null, detail: null };
  } catch (error) {
    if (error instanceof XReadError && (error.status === 401 || error.status === 403)) {
      return { state: 'invalid', expiresAt: null, detail: error.reason };
    }
    throw error;
  }
}

async function checkWebhook(client: XReadContext, settings: XSettings, channelId: string): Promise<HealthProbe['webhook']> {
  if (settings.receive === 'polling') return { state: 'not_used', detail: 'the channel polls X' };
  if (!settings.bearerToken) {
    return { state: 'unknown', detail: "add the app's bearerToken to the channel so Parley can check its webhook" };
  }
  const listed = WebhooksSchema.safeParse((await getJson(client, '/2/webhooks', {}, 'app')).body);
  const path = `/webhooks/x/${channelId}`;
  const webhook = listed.success ? listed.data.data?.find((w) => safePath(w.url) === path) : undefined;
  if (!webhook) return { state: 'missing', detail: `no webhook of the app points at ${path}` };
  if (webhook.valid !== undefined && !isTrue(webhook.valid)) {
    return { state: 'missing', detail: `X marks webhook ${webhook.id} invalid: its last CRC check failed` };
  }
  try {
    const answer = SubscribedSchema.safeParse((await getJson(client, `/2/account_activity/webhooks/${webhook.id}/subscriptions/all`, {}, 'user')).body);
    if (answer.success && isTrue(answer.data.data.subscribed)) return { state: 'subscribed', detail: null };
    return { state: 'missing', detail: `@${settings.handle} is not subscribed to webhook ${webhook.id}` };
  } catch (error) {
    // X answers a missing subscription with an error rather than subscribed: false in places.
    if (error instanceof XReadError && (error.status === 404 || error.status === 400)) {
      return { state: 'missing', detail: `@${settings.handle} is not subscribed to webhook ${webhook.id}: ${error.reason}` };
    }
    throw error;
  }
}

function safePath(url: string): string | null {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
