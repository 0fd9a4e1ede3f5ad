// Turns a network's HTTP answer into a SendError an agent can read, honouring Retry-After.

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A short, printable excerpt of an error body: enough to tell the agent why. */
export function describeFailure(status: number, body: string): string {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 300);
  return text ? `HTTP ${status}: ${text}` : `HTTP ${status}`;
}
