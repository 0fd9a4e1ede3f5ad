// The emulator's account endpoints, the ones Parley's health check reads: who the token belongs
// to (GET /2/users/me), the app's webhooks (GET /2/webhooks, app-only bearer) and whether the
// account is subscribed to one (GET /2/account_activity/webhooks/:id/subscriptions/all, user
// context). Response shapes from X's OpenAPI (Get2UsersMeResponse, Get2WebhooksResponse,
// SubscriptionsGetResponse {data: {subscribed}}).
import type { XPerson } from './activity-deliveries.ts';
import { mintSnowflake } from './snowflake.ts';
import { xProblems, type ScriptedAnswer } from './emulator-answers.ts';

export interface EmulatedWebhook { id: string; url: string; valid: boolean; subscribed: boolean }

export interface AccountStore {
  /** Registers Parley's callback URL as an app webhook (valid, the account subscribed, unless told otherwise). */
  registerWebhook(url: string, state?: { valid?: boolean; subscribed?: boolean }): EmulatedWebhook;
  /** The webhooks registered, to change their state (an outage: valid false, or unsubscribed). */
  webhooks: EmulatedWebhook[];
  /** Whether a path is one of these endpoints, and the authentication it takes. */
  endpointOf(path: string): { auth: 'user' | 'app'; name: string } | null;
  answer(path: string, now: Date): ScriptedAnswer;
}

const SUBSCRIPTION = /^\/2\/account_activity\/webhooks\/(\d{1,20})\/subscriptions\/all$/;

export function createAccountStore(account: XPerson): AccountStore {
  const webhooks: EmulatedWebhook[] = [];
  return {
    webhooks,
    registerWebhook(url, state = {}) {
      const webhook = { id: mintSnowflake(), url, valid: state.valid ?? true, subscribed: state.subscribed ?? true };
      webhooks.push(webhook);
      return webhook;
    },
    endpointOf(path) {
      if (path === '/2/users/me') return { auth: 'user', name: 'users_me' };
      if (path === '/2/webhooks') return { auth: 'app', name: 'webhooks' };
      return SUBSCRIPTION.test(path) ? { auth: 'user', name: 'subscriptions' } : null;
    },
    answer(path, now) {
      if (path === '/2/users/me') {
        return { status: 200, body: { data: { id: account.id, name: account.name, username: account.screenName } } };
      }
      if (path === '/2/webhooks') {
        const data = webhooks.map((w) => ({ id: w.id, url: w.url, valid: w.valid, created_at: now.toISOString() }));
        return { status: 200, body: { data, meta: { result_count: data.length } } };
      }
      const id = SUBSCRIPTION.exec(path)?.[1];
      const webhook = webhooks.find((w) => w.id === id);
      if (!webhook) return xProblems.notFound(path);
      return { status: 200, body: { data: { subscribed: webhook.subscribed } } };
    },
  };
}
