// OAuth 2.0 user access tokens (Authorization Code with PKCE) for X's v2 writes: the bearer, and its refresh.
//
// https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code: access tokens live
// two hours; with the offline.access scope X also issues a refresh token, exchanged at
// POST /2/oauth2/token (form-encoded refresh_token, grant_type=refresh_token, client_id).
// Confidential clients authenticate that call with Basic base64(client_id:client_secret)
// (https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token). The answer is
// {token_type, expires_in, access_token, scope, refresh_token}; X rotates the refresh token, so
// the old one stops working once used and the new pair must be kept.
import { SendError } from '../channel-adapter.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';

export interface OAuth2UserTokenSettings {
  accessToken: string;
  refreshToken: string | null;
  clientId: string | null;
  /** Set for confidential clients only; public clients send client_id alone. */
  clientSecret: string | null;
}

export interface RefreshedTokens {
  accessToken: string;
  /** X rotates it; null if the answer carried none (then the old one is kept). */
  refreshToken: string | null;
}

export interface TokenEndpointContext {
  fetch: typeof fetch;
  apiBaseUrl: string;
}

function tokenError(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; error_description?: unknown };
    const words = [parsed.error, parsed.error_description].filter((w): w is string => typeof w === 'string' && !!w).join(': ');
    if (words) return words;
  } catch {
    // Not JSON: the raw text is the best reason there is.
  }
  return body.replace(/\s+/g, ' ').trim().slice(0, 200) || `HTTP ${status}`;
}

/** Exchanges the refresh token for a new pair; throws a SendError the agent can act on when X refuses. */
export async function refreshUserToken(context: TokenEndpointContext, settings: OAuth2UserTokenSettings): Promise<RefreshedTokens> {
  if (!settings.refreshToken || !settings.clientId) {
    throw new SendError('X refused the OAuth 2.0 user token and the channel has no refresh token and client id to renew it; reconnect the channel', false);
  }
  const url = `${context.apiBaseUrl}/2/oauth2/token`;
  const form = new URLSearchParams({ refresh_token: settings.refreshToken, grant_type: 'refresh_token', client_id: settings.clientId });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (settings.clientSecret) {
    headers.authorization = `Basic ${Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')}`;
  }
  let response: Response;
  try {
    response = await context.fetch(url, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new SendError(`X could not be reached to renew the OAuth 2.0 token: ${(error as Error).message}`, !(error instanceof BlockedTargetError));
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    // 400/401 mean the refresh token or the client is no longer good: only a reconnect helps.
    throw new SendError(`X refused to renew the OAuth 2.0 user token (${tokenError(response.status, text)}); reconnect the channel`,
      response.status === 429 || response.status >= 500);
  }
  let answer: { access_token?: unknown; refresh_token?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new SendError('X renewed the OAuth 2.0 token with an answer that is not JSON', true);
  }
  if (typeof answer.access_token !== 'string' || !answer.access_token) {
    throw new SendError('X renewed the OAuth 2.0 token but sent no access_token', false);
  }
  return { accessToken: answer.access_token, refreshToken: typeof answer.refresh_token === 'string' && answer.refresh_token ? answer.refresh_token : null };
}

/**
 * Refreshes already under way or done, by the refresh token they spent. X rotates refresh tokens,
 * so two sends that meet the same expired token at once must share one exchange: the second
 * exchange would present a token X has already retired. Bounded, oldest dropped first.
 */
const exchanges = new Map<string, Promise<RefreshedTokens>>();
const REMEMBERED_EXCHANGES = 200;

function sharedRefresh(context: TokenEndpointContext, settings: OAuth2UserTokenSettings): Promise<RefreshedTokens> {
  const key = `${context.apiBaseUrl} ${settings.refreshToken ?? ''}`;
  const known = exchanges.get(key);
  if (known) return known;
  const exchange = refreshUserToken(context, settings);
  exchanges.set(key, exchange);
  exchange.catch(() => exchanges.delete(key));
  while (exchanges.size > REMEMBERED_EXCHANGES) exchanges.delete(exchanges.keys().next().value!);
  return exchange;
}

/** One send's view of the user token: the bearer to present, and at most one renewal. */
export interface UserTokenSession {
  bearer(): string;
  /** Renews the token once per session; false when this session has already renewed it. */
  renew(): Promise<boolean>;
}

export function createUserTokenSession(
  context: TokenEndpointContext, settings: OAuth2UserTokenSettings, save?: (patch: Record<string, string>) => Promise<void>,
): UserTokenSession {
  let accessToken = settings.accessToken;
  let hasRenewed = false;
  return {
    bearer: () => accessToken,
    async renew() {
      if (hasRenewed) return false;
      hasRenewed = true;
      const fresh = await sharedRefresh(context, settings);
      accessToken = fresh.accessToken;
      await save?.({ oauth2AccessToken: fresh.accessToken, ...(fresh.refreshToken ? { oauth2RefreshToken: fresh.refreshToken } : {}) });
      return true;
    },
  };
}
