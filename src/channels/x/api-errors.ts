// Turns X's error answers into SendErrors: when to wait (x-rate-limit-reset) and what to tell the agent.
//
// Shapes, from X's docs and real answers:
// - v2 problems: {"title":"Forbidden","detail":"You are not allowed to create a Tweet with duplicate
//   content.","type":"about:blank","status":403}, sometimes with "errors":[{"message",…}] naming the
//   bad parameter (https://docs.x.com/x-api/posts/creation-of-a-post, "errors" of the response).
// - The rate-limit answer: 429 {"errors":[{"code":88,"message":"Rate limit exceeded"}]} with
//   x-rate-limit-limit / -remaining / -reset, reset in epoch seconds
//   (https://docs.x.com/fundamentals/rate-limits). Posting also has 24-hour caps, reported in
//   x-user-limit-24hour-* and x-app-limit-24hour-* headers of the same form.
import { SendError } from '../channel-adapter.ts';
import { isRetryableStatus, retryAfterMs } from '../http-errors.ts';

interface XErrorBody {
  title?: unknown;
  detail?: unknown;
  errors?: unknown;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** "title: detail (error messages)" from whatever parts of X's error body are present. */
export function describeXError(status: number, body: string): string {
  let parsed: XErrorBody | null = null;
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object') parsed = value as XErrorBody;
  } catch {
    // Not JSON (a proxy's HTML page, say): the raw text below is all there is.
  }
  const messages = Array.isArray(parsed?.errors)
    ? parsed.errors.map((e: unknown) => (e && typeof e === 'object' ? asText((e as { message?: unknown; detail?: unknown }).message ?? (e as { detail?: unknown }).detail) : null))
      .filter((m): m is string => !!m)
    : [];
  const title = asText(parsed?.title);
  const detail = asText(parsed?.detail);
  const parts = [detail ?? title, ...messages.filter((m) => m !== detail)].filter((p): p is string => !!p);
  const reason = parts.length ? parts.join(' — ') : body.replace(/\s+/g, ' ').trim();
  const label = title && detail ? `${status} ${title}` : String(status);
  return `X answered ${label}${reason ? `: ${reason}` : ''}`.slice(0, 500);
}

/** Milliseconds until an epoch-seconds reset header, or undefined when absent or garbled. */
function untilReset(value: string | null, now: Date): number | undefined {
  if (!value || !/^\d{1,12}$/.test(value)) return undefined;
  return Math.max(0, Number(value) * 1000 - now.getTime());
}

/**
 * How long to wait after a 429: until the latest reset among the windows that are used up (the
 * 15-minute window, and a 24-hour cap when its remaining count is 0), else Retry-After.
 */
export function rateLimitWaitMs(headers: Headers, now: Date): number | undefined {
  const waits: number[] = [];
  const windowReset = untilReset(headers.get('x-rate-limit-reset'), now);
  if (windowReset !== undefined) waits.push(windowReset);
  for (const scope of ['x-user-limit-24hour', 'x-app-limit-24hour']) {
    if (headers.get(`${scope}-remaining`) === '0') {
      const reset = untilReset(headers.get(`${scope}-reset`), now);
      if (reset !== undefined) waits.push(reset);
    }
  }
  if (waits.length) return Math.max(...waits);
  return retryAfterMs(headers.get('retry-after'), now);
}

/** A failed call: 429 and 5xx go back in the outbox; 4xx (duplicate, deleted parent, auth) end as failed. */
export function sendErrorOf(response: Response, body: string, now: Date): SendError {
  const reason = describeXError(response.status, body);
  if (response.status === 429) return new SendError(reason, true, rateLimitWaitMs(response.headers, now));
  return new SendError(reason, isRetryableStatus(response.status), retryAfterMs(response.headers.get('retry-after'), now));
}
