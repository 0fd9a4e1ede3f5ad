// Calls to Meta's Graph API: one request shape, the token in a header, errors and usage read back.
import { ParleyError } from '../../domain/errors.ts';
import { readUsage, type GraphUsage } from './usage.ts';
import { readGraphError } from './graph-errors.ts';

export const DEFAULT_GRAPH_VERSION = 'v25.0';
export const FACEBOOK_GRAPH_URL = 'https://graph.facebook.com';
export const INSTAGRAM_GRAPH_URL = 'https://graph.instagram.com';

export interface GraphEndpoint {
  baseUrl: string;
  version: string;
  accessToken: string;
}

export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** The node or edge, without the version: "123_456/comments", "me/messages". */
  path: string;
  query?: Record<string, string> | undefined;
  json?: unknown;
}

export interface GraphResponse {
  status: number;
  ok: boolean;
  body: unknown;
  text: string;
  usage: GraphUsage;
  headers: Headers;
}

/**
 * Graph takes the access token as the `access_token` parameter or as an OAuth bearer header;
 * the Messenger samples use the parameter, the Instagram Login samples the header. The header
 * keeps the token out of URLs, and so out of access logs and proxies.
 * https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
 */
export async function callGraph(fetchImpl: typeof fetch, endpoint: GraphEndpoint, call: GraphCall, timeoutMs = 15_000): Promise<GraphResponse> {
  const url = graphUrl(endpoint, call.path, call.query);
  const headers: Record<string, string> = { authorization: `Bearer ${endpoint.accessToken}`, accept: 'application/json' };
  const init: RequestInit = { method: call.method, headers, signal: AbortSignal.timeout(timeoutMs) };
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(call.json);
  }
  const response = await fetchImpl(url, init);
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try { body = text ? JSON.parse(text) as unknown : null; } catch { /* kept as text for the error message */ }
  return { status: response.status, ok: response.ok && readGraphError(body) === null, body, text, usage: readUsage(response.headers), headers: response.headers };
}

export function graphUrl(endpoint: Pick<GraphEndpoint, 'baseUrl' | 'version'>, path: string, query?: Record<string, string>): string {
  const base = endpoint.baseUrl.replace(/\/+$/, '');
  const url = new URL(`${base}/${endpoint.version}/${path.split('/').map(encodeURIComponent).join('/')}`);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  return url.toString();
}

/** The id Graph returns for a created object: `id` (comments) or `message_id` (Send API). */
export function createdId(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const id = record.message_id ?? record.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 512 ? id : null;
}

/** For calls made on an agent's behalf outside the outbox: Meta's refusal as a domain error. */
export function graphFailureAsParleyError(response: GraphResponse, what: string): ParleyError {
  const error = readGraphError(response.body);
  const reason = error ? `${error.message} (Graph API error ${error.code ?? '?'}${error.subcode ? `/${error.subcode}` : ''})` : `HTTP ${response.status}`;
  if (response.status === 429 || (error && error.isRateLimit)) return new ParleyError('too_many_requests', `${what}: Meta is throttling this account: ${reason}`);
  if (response.status >= 500 || error?.isTransient) return new ParleyError('unavailable', `${what}: Meta is unavailable: ${reason}`);
  return new ParleyError('channel_cannot_send', `${what}: ${reason}`, { graphCode: error?.code ?? null, graphSubcode: error?.subcode ?? null });
}
