// OAuth 1.0a HMAC-SHA1 request signing (RFC 5849), the way X's user-context endpoints expect it.
//
// Follows X's "Creating a signature" and "Authorizing a request" pages
// (https://docs.x.com/fundamentals/authentication/oauth-1-0a/creating-a-signature) and RFC 5849 §3.4.
// Only the query string and form-encoded bodies take part in the signature: a JSON body, as the
// v2 endpoints take, is not a parameter source (RFC 5849 §3.4.1.3.1), so it is never signed.
import { createHmac, randomBytes } from 'node:crypto';

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export interface OAuth1Request {
  method: string;
  /** The full request URL; its query parameters are signed. */
  url: string;
  /** Parameters of an application/x-www-form-urlencoded body, if any. */
  formParams?: Record<string, string>;
}

/** Fixed values for the two random parts, so tests can reproduce a documented signature. */
export interface OAuth1Overrides {
  nonce?: string;
  timestamp?: number;
}

/**
 * RFC 3986 percent-encoding (RFC 5849 §3.6): everything but ALPHA, DIGIT, "-", ".", "_", "~" is
 * encoded from its UTF-8 bytes with upper-case hex. encodeURIComponent leaves !'()* bare, so
 * those are encoded here; X rejects signatures made with the looser encoding.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The base string URI (RFC 5849 §3.4.1.2): scheme and host lower-case, default port dropped, no query. */
export function baseStringUri(url: string): string {
  const u = new URL(url);
  // URL already lower-cases scheme and host and drops a default port; the path keeps its case.
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/** Pairs from the query string and the form body, decoded; repeated names stay repeated. */
function requestParams(request: OAuth1Request): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [k, v] of new URL(request.url).searchParams) pairs.push([k, v]);
  for (const [k, v] of Object.entries(request.formParams ?? {})) pairs.push([k, v]);
  return pairs;
}

/**
 * The normalized parameter string (RFC 5849 §3.4.1.3.2): every name and value encoded, sorted by
 * encoded name then encoded value, joined with "=" and "&".
 */
export function normalizedParameters(pairs: [string, string][]): string {
  return pairs
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/**
 * METHOD&encoded-URI&encoded-parameter-string (RFC 5849 §3.4.1.1), from the request's query and
 * form parameters plus the oauth_* protocol parameters (without oauth_signature).
 */
export function signatureBaseString(request: OAuth1Request, protocol: [string, string][]): string {
  const pairs = [...requestParams(request), ...protocol];
  return [request.method.toUpperCase(), percentEncode(baseStringUri(request.url)), percentEncode(normalizedParameters(pairs))].join('&');
}

/** HMAC-SHA1 keyed with encoded consumer secret "&" encoded token secret, in base64 (RFC 5849 §3.4.2). */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha1', key).update(baseString).digest('base64');
}

/** The oauth_* protocol parameters of one request, signature included. */
export function oauthParameters(request: OAuth1Request, credentials: OAuth1Credentials, overrides: OAuth1Overrides = {}): Record<string, string> {
  const protocol: Record<string, string> = {
    oauth_consumer_key: credentials.consumerKey,
    // 32 random bytes, letters and digits only, as X's guide suggests for oauth_nonce.
    oauth_nonce: overrides.nonce ?? randomBytes(32).toString('base64').replace(/[^A-Za-z0-9]/g, ''),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(overrides.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_token: credentials.accessToken,
    oauth_version: '1.0',
  };
  const base = signatureBaseString(request, Object.entries(protocol));
  return { ...protocol, oauth_signature: hmacSha1Signature(base, credentials.consumerSecret, credentials.accessTokenSecret) };
}

/** `OAuth k="v", …` with every key and value percent-encoded (RFC 5849 §3.5.1). */
export function authorizationHeader(request: OAuth1Request, credentials: OAuth1Credentials, overrides: OAuth1Overrides = {}): string {
  const params = oauthParameters(request, credentials, overrides);
  return 'OAuth ' + Object.keys(params).sort()
    .map((k) => `${percentEncode(k)}="${percentEncode(params[k]!)}"`)
    .join(', ');
}

/** Reads an `Authorization: OAuth …` header back into its decoded parameters (for the emulator). */
export function parseAuthorizationHeader(header: string | undefined): Record<string, string> | null {
  if (!header || !/^OAuth\s/i.test(header)) return null;
  const params: Record<string, string> = {};
  for (const match of header.slice(6).matchAll(/([A-Za-z0-9_%.~-]+)="([^"]*)"/g)) {
    try {
      params[decodeURIComponent(match[1]!)] = decodeURIComponent(match[2]!);
    } catch {
      return null;
    }
  }
  return params;
}

/**
 * Recomputes the signature a server would expect for a received request, from the request's own
 * oauth_* parameters (minus oauth_signature and realm, RFC 5849 §3.4.1.3.1) and the known secrets.
 */
export function expectedSignature(request: OAuth1Request, received: Record<string, string>, consumerSecret: string, tokenSecret: string): string {
  const protocol = Object.entries(received).filter(([k]) => k !== 'oauth_signature' && k !== 'realm');
  return hmacSha1Signature(signatureBaseString(request, protocol), consumerSecret, tokenSecret);
}
