// Reads from Graph for the health check and backfill: one GET, Meta's refusals sorted into a
// refused token, throttling, and everything else.
import { callGraph, type GraphEndpoint } from './graph-client.ts';
import { readGraphError } from './graph-errors.ts';
import { metaTimeToIso } from './time.ts';

/** Graph refused the token itself (code 190, OAuthException): a report, not an outage. */
export class GraphTokenRefused extends Error {
  override name = 'GraphTokenRefused';
}

/** Graph asked Parley to slow down (codes 4, 17, 32, 613, 800xx or HTTP 429). */
export class GraphThrottled extends Error {
  override name = 'GraphThrottled';
}

/** Any other failure: the network unreachable, a 5xx, an unexpected refusal. */
export class GraphReadFailed extends Error {
  override name = 'GraphReadFailed';
  constructor(message: string, readonly status: number, readonly code: number | null) {
    super(message);
  }
}

export async function graphGet(fetchImpl: typeof fetch, endpoint: GraphEndpoint, path: string, query: Record<string, string> = {}): Promise<unknown> {
  const response = await callGraph(fetchImpl, endpoint, { method: 'GET', path, query });
  if (response.ok) return response.body;
  const error = readGraphError(response.body);
  const words = error ? `${error.message} (Graph API error ${error.code ?? '?'})` : `HTTP ${response.status}`;
  if (error?.code === 190) throw new GraphTokenRefused(error.message);
  if (response.status === 429 || error?.isRateLimit) throw new GraphThrottled(`GET ${path}: Meta is throttling this account: ${words}`);
  throw new GraphReadFailed(`GET ${path}: ${words}`, response.status, error?.code ?? null);
}

/**
 * Graph pages with `paging.next`, a full URL. Only its parameters are kept (cursors, until,
 * __paging_token) and asked of the configured endpoint, so the token never follows a link to
 * another host.
 */
export function nextPageQuery(body: unknown): Record<string, string> | null {
  const paging = (body as { paging?: { next?: unknown } } | null)?.paging;
  if (!paging || typeof paging.next !== 'string') return null;
  try {
    const params = Object.fromEntries(new URL(paging.next).searchParams);
    delete params.access_token;
    return params;
  } catch {
    return null;
  }
}

/** A Graph time (ISO with a "+0000" offset, or epoch seconds or milliseconds) as epoch ms, read as webhooks' times are. */
export function graphTime(value: unknown): number | null {
  const iso = metaTimeToIso(value);
  return iso ? Date.parse(iso) : null;
}
