// The emulator's OAuth 2.0 user tokens: which bearer a write may present, and POST /2/oauth2/token renewing it.
//
// As https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code describes: a
// form-encoded refresh_token + grant_type=refresh_token + client_id, Basic client authentication for
// confidential clients, an answer {token_type:"bearer", expires_in:7200, access_token, scope,
// refresh_token}, and the refresh token rotated (the old one refused afterwards). The error bodies
// are the ones X gives for a spent refresh token and for a missing client authentication [K:
// quoted in X developer community threads].
import { randomBytes } from 'node:crypto';
import { safeEqual } from '../signature.ts';
import type { ScriptedAnswer } from './emulator-answers.ts';

export interface OAuth2ClientOptions {
  clientId: string;
  /** Set: a confidential client, which must authenticate with Basic. */
  clientSecret?: string;
  accessToken: string;
  refreshToken: string;
}

export interface UserTokenIssuer {
  /** Whether this bearer is the user's current access token. */
  isCurrent(bearer: string | null): boolean;
  /** The access token stops working, as it does two hours after it was issued. */
  expire(): void;
  current(): { accessToken: string | null; refreshToken: string };
  /** How many times a refresh token was exchanged. */
  refreshes: number;
  answerTokenRequest(authorization: string | undefined, rawBody: string): ScriptedAnswer;
}

const tokenError = (status: number, error: string, description: string): ScriptedAnswer => ({ status, body: { error, error_description: description } });

export function createUserTokenIssuer(options: OAuth2ClientOptions): UserTokenIssuer {
  let accessToken: string | null = options.accessToken;
  let refreshToken = options.refreshToken;
  const mint = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;
  const issuer: UserTokenIssuer = {
    refreshes: 0,
    isCurrent: (bearer) => bearer !== null && accessToken !== null && safeEqual(bearer, accessToken),
    expire() { accessToken = null; },
    current: () => ({ accessToken, refreshToken }),
    answerTokenRequest(authorization, rawBody) {
      const form = new URLSearchParams(rawBody);
      if (options.clientSecret) {
        const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
        if (!authorization || !safeEqual(authorization, expected)) return tokenError(401, 'unauthorized_client', 'Missing valid authorization header');
      } else if (form.get('client_id') !== options.clientId) {
        return tokenError(400, 'invalid_request', 'Missing required parameter [client_id].');
      }
      if (form.get('grant_type') !== 'refresh_token') return tokenError(400, 'invalid_request', 'Missing required parameter [grant_type].');
      const presented = form.get('refresh_token');
      if (!presented || !safeEqual(presented, refreshToken)) return tokenError(400, 'invalid_request', 'Value passed for the token was invalid.');
      accessToken = mint('at-');
      refreshToken = mint('rt-');
      issuer.refreshes++;
      return {
        status: 200,
        body: { token_type: 'bearer', expires_in: 7200, access_token: accessToken, scope: 'tweet.read tweet.write users.read dm.read dm.write media.write offline.access', refresh_token: refreshToken },
      };
    },
  };
  return issuer;
}
