// Graph API error bodies ({error:{message,type,code,error_subcode,fbtrace_id}}) turned into
// SendErrors: throttling and outages wait and retry, everything else fails with Meta's reason.
import { SendError } from '../channel-adapter.ts';
import { describeFailure } from '../http-errors.ts';
import type { GraphUsage } from './usage.ts';

export interface GraphError {
  message: string;
  type: string | null;
  code: number | null;
  subcode: number | null;
  fbtraceId: string | null;
  isTransient: boolean;
  isRateLimit: boolean;
}

/**
 * Throttling codes: 4 (app), 17 (user), 32 (Page), 613 (custom rate limit) and the business use
 * case codes 80001 (Pages), 80002 (Instagram), 80006 (Messenger) and the rest of 800xx.
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 * https://developers.facebook.com/docs/messenger-platform/error-codes
 */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 613]);
const isBusinessUseCaseCode = (code: number) => code >= 80000 && code < 80100;

/**
 * Codes 1 ("API Unknown") and 2 ("API Service") are "temporary … wait and retry", and Graph
 * marks other passing faults with is_transient.
 * https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
const TRANSIENT_CODES = new Set([1, 2]);

/** Hints in front of Meta's own words, for the refusals an agent can do something about. */
const HINTS: { code: number; subcode?: number; hint: string }[] = [
  { code: 10, subcode: 2018278, hint: 'outside the 24-hour messaging window' },
  { code: 551, hint: 'this person cannot receive messages from the Page right now' },
  { code: 190, hint: 'the access token is invalid or expired; reconnect the channel' },
  { code: 10, hint: 'permission denied' },
  { code: 200, hint: 'permission denied' },
];

export function readGraphError(body: unknown): GraphError | null {
  if (!body || typeof body !== 'object') return null;
  const error = (body as { error?: unknown }).error;
  if (!error || typeof error !== 'object') return null;
  const e = error as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : null);
  const code = num(e.code);
  return {
    message: typeof e.message === 'string' ? e.message.slice(0, 500) : 'unknown Graph API error',
    type: typeof e.type === 'string' ? e.type : null,
    code,
    subcode: num(e.error_subcode),
    fbtraceId: typeof e.fbtrace_id === 'string' ? e.fbtrace_id : null,
    isTransient: e.is_transient === true || (code !== null && TRANSIENT_CODES.has(code)),
    isRateLimit: code !== null && (RATE_LIMIT_CODES.has(code) || isBusinessUseCaseCode(code)),
  };
}

/** The SendError for a failed Graph call: retryable or not, with the wait Meta asked for. */
export function toSendError(status: number, body: unknown, text: string, usage: GraphUsage): SendError {
  const error = readGraphError(body);
  const retryAfterMs = usage.regainAccessMs ?? undefined;
  if (!error) {
    const isRetryable = status === 429 || status >= 500 || status === 408;
    return new SendError(describeFailure(status, text), isRetryable, isRetryable ? retryAfterMs : undefined);
  }
  const reason = describeGraphError(error);
  if (status === 429 || error.isRateLimit) return new SendError(`throttled by Meta: ${reason}`, true, retryAfterMs);
  if (status >= 500 || error.isTransient) return new SendError(reason, true, retryAfterMs);
  return new SendError(reason, false);
}

export function describeGraphError(error: GraphError): string {
  const hint = HINTS.find((h) => h.code === error.code && (h.subcode === undefined || h.subcode === error.subcode))?.hint;
  const codes = `Graph API error ${error.code ?? '?'}${error.subcode ? `/${error.subcode}` : ''}${error.fbtraceId ? `, fbtrace_id ${error.fbtraceId}` : ''}`;
  return `${hint ? `${hint}: ` : ''}${error.message} (${codes})`;
}
