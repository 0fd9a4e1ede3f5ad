// X-Hub-Signature-256: the HMAC Meta puts on every webhook delivery, checked over the raw bytes.
import { ParleyError } from '../../domain/errors.ts';
import type { WebhookRequest } from '../channel-adapter.ts';
import { headerValue, hmacSha256Hex, safeEqual } from '../signature.ts';

export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

/**
 * "sha256=" + hex HMAC-SHA256 keyed with the app secret. Meta computes it over "an escaped
 * unicode version of the payload, with lowercase hex digits" — the bytes it sends, where every
 * non-ASCII character is a \uXXXX escape — so it must be checked over the body exactly as
 * received: re-serialising the parsed JSON turns "\u0416" back into "Ж" and never verifies.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
export function signMetaBody(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${hmacSha256Hex(appSecret, rawBody)}`;
}

/** True when the header carries the right signature for these bytes (compared in constant time). */
export function isValidMetaSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header || !appSecret) return false;
  // Meta writes lowercase hex; a proxy that upper-cases it should not make a genuine delivery fail.
  const given = header.trim().replace(/^sha256=/i, 'sha256=').replace(/[A-F]/g, (c) => c.toLowerCase());
  return safeEqual(given, signMetaBody(appSecret, rawBody));
}

/** Throws ParleyError('invalid_signature') unless the delivery was signed with this app secret. */
export function verifyMetaSignature(request: WebhookRequest, appSecret: string | undefined): void {
  const header = headerValue(request.headers, META_SIGNATURE_HEADER);
  if (!header) throw new ParleyError('invalid_signature', `missing ${META_SIGNATURE_HEADER} header`);
  if (!appSecret || !isValidMetaSignature(request.rawBody, header, appSecret)) {
    throw new ParleyError('invalid_signature', `wrong ${META_SIGNATURE_HEADER} header: the body was not signed with this channel's app secret`);
  }
}
