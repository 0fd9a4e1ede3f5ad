// One authenticated call to X's v2 API as the brand: OAuth 1.0a signature or OAuth 2.0 user bearer, one renewal on 401.
//
// OAuth 1.0a signs the query string but never a JSON or multipart body (RFC 5849 §3.4.1.3.1, and
// X's media best practices: "POST or query string parameters are not used" for multipart), so
// the URL is built once and the same string is signed and fetched.
import { randomBytes } from 'node:crypto';
import { SendError } from '../channel-adapter.ts';
import { BlockedTargetError } from '../../security/guarded-fetch.ts';
import { authorizationHeader, percentEncode, type OAuth1Credentials } from './oauth1.ts';
import type { UserTokenSession } from './oauth2-user-token.ts';
import { sendErrorOf } from './api-errors.ts';

export interface XClientContext {
  fetch: typeof fetch;
  now: () => Date;
  apiBaseUrl: string;
  credentials: OAuth1Credentials;
  /** Where the channel has an OAuth 2.0 user token, writes present it instead of signing. */
  userToken: UserTokenSession | null;
}

/** One field of a multipart/form-data body; a file part has a filename and its bytes. */
export interface FormPart {
  name: string;
  value: string | Buffer;
  filename?: string;
  contentType?: string;
}

export interface XCall {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  form?: FormPart[];
}

/**
 * A multipart/form-data body (RFC 7578) as bytes: Parley's outbound fetch guard sends bytes only,
 * and X asks for boundaries on their own lines ended by CRLF (media best practices).
 */
export function multipartBody(parts: FormPart[]): { body: Buffer; contentType: string } {
  const boundary = `parley-${randomBytes(16).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const TIMEOUT_MS = 60_000;

/** The URL with its query in RFC 3986 encoding: the one string both signed (OAuth 1.0a) and fetched. */
export function xApiUrl(apiBaseUrl: string, path: string, query: Record<string, string> = {}): string {
  const search = Object.entries(query).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return `${apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

async function fetchOnce(context: XClientContext, call: XCall, url: string): Promise<Response> {
  const authorization = context.userToken
    ? `Bearer ${context.userToken.bearer()}`
    : authorizationHeader({ method: call.method, url }, context.credentials);
  const headers: Record<string, string> = { authorization };
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.form) {
    const multipart = multipartBody(call.form);
    headers['content-type'] = multipart.contentType;
    body = new Uint8Array(multipart.body);
  }
  try {
    return await context.fetch(url, { method: call.method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    // No answer at all: it may or may not have been done, but waiting and trying again is what
    // a person would do. A refused target (SSRF guard) will not become acceptable by waiting.
    const isBlocked = error instanceof BlockedTargetError;
    throw new SendError(`X could not be reached at ${new URL(url).host}: ${(error as Error).message}`, !isBlocked);
  }
}

/** Calls X; answers the parsed JSON body (null when X sent none). A 401 with a user token renews it once and retries. */
export async function callX(context: XClientContext, call: XCall): Promise<unknown> {
  const url = xApiUrl(context.apiBaseUrl, call.path, call.query);
  let response = await fetchOnce(context, call, url);
  if (response.status === 401 && context.userToken && await context.userToken.renew()) {
    await response.body?.cancel().catch(() => undefined);
    response = await fetchOnce(context, call, url);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw sendErrorOf(response, text, context.now());
  if (!text.trim()) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SendError(`X answered ${response.status} to ${call.method} ${call.path} with a body that is not JSON`, false);
  }
}
