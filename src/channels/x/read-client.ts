// Calls X's v2 read endpoints for polling: one signed GET, its JSON, and the rate-limit window it reports.
//
// Authentication: OAuth 1.0a user context signs the query parameters too (RFC 5849 §3.4.1.3.1),
// so the URL is built once and the same string is signed and fetched. The mentions timeline and
// recent search also take the app's bearer token (OAuth 2.0 app-only); DM events take only a
// user context (the security lists of X's OpenAPI, https://api.twitter.com/2/openapi.json).
// Rate-limit headers: https://docs.x.com/x-api/fundamentals/rate-limits.
import { SendError } from '../channel-adapter.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';
import { authorizationHeader, type OAuth1Credentials } from './oauth1.ts';
import { xApiUrl } from './x-request.ts';
import { sendErrorOf } from './api-errors.ts';

export interface XReadContext {
  fetch: typeof fetch;
  now: () => Date;
  apiBaseUrl: string;
  credentials: OAuth1Credentials;
  bearerToken: string | null;
}

/** 'user': OAuth 1.0a only (DMs). 'app': the bearer token when the channel has one, else OAuth 1.0a. */
export type ReadAuth = 'user' | 'app';

export interface RateWindow {
  /** x-rate-limit-remaining, or null when X did not say. */
  remaining: number | null;
  /** x-rate-limit-reset as epoch ms, or null. */
  resetAt: number | null;
}

export interface ReadAnswer {
  body: unknown;
  window: RateWindow;
}

/** A refused read, with X's status so a caller can tell "not allowed" (403) from the rest. */
export class XReadError extends SendError {
  constructor(readonly status: number, reason: string, isRetryable: boolean, retryAfterMs?: number) {
    super(reason, isRetryable, retryAfterMs);
  }
}

const TIMEOUT_MS = 15_000;

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

export function rateWindowOf(headers: Headers): RateWindow {
  const reset = headerNumber(headers, 'x-rate-limit-reset');
  return { remaining: headerNumber(headers, 'x-rate-limit-remaining'), resetAt: reset === null ? null : reset * 1000 };
}

/** GETs one page; throws XReadError (429 retryable, with the wait until x-rate-limit-reset). */
export async function getJson(context: XReadContext, path: string, query: Record<string, string>, auth: ReadAuth): Promise<ReadAnswer> {
  const url = xApiUrl(context.apiBaseUrl, path, query);
  const authorization = auth === 'app' && context.bearerToken
    ? `Bearer ${context.bearerToken}`
    : authorizationHeader({ method: 'GET', url }, context.credentials);
  let response: Response;
  try {
    response = await context.fetch(url, { method: 'GET', headers: { authorization }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const isBlocked = error instanceof BlockedTargetError;
    throw new XReadError(0, `X could not be reached at ${new URL(url).host}: ${(error as Error).message}`, !isBlocked);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const failure = sendErrorOf(response, text, context.now());
    throw new XReadError(response.status, failure.reason, failure.isRetryable, failure.retryAfterMs);
  }
  try {
    return { body: JSON.parse(text) as unknown, window: rateWindowOf(response.headers) };
  } catch {
    throw new XReadError(response.status, `X answered ${response.status} to GET ${path} with a body that is not JSON`, true);
  }
}
