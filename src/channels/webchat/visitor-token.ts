// Visitor tokens: `v1.<visitorId>.<hex HMAC-SHA256(secret, 'v1.'+visitorId)>`, minted and checked.
import { newId } from '../../domain/ids.ts';
import { hmacSha256Hex, safeEqual } from '../signature.ts';

const VERSION = 'v1';
const TOKEN_SHAPE = /^v1\.([A-Za-z0-9_-]{1,64})\.([0-9a-f]{64})$/;

export function newVisitorId(): string {
  return newId('vis');
}

export function signVisitorToken(secret: string, visitorId: string): string {
  const payload = `${VERSION}.${visitorId}`;
  return `${payload}.${hmacSha256Hex(secret, payload)}`;
}

/** The visitor a token names, or null when it is malformed or was not signed with this secret. */
export function readVisitorToken(secret: string | undefined, token: string | undefined | null): string | null {
  if (!secret || !token) return null;
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const visitorId = match[1]!;
  return safeEqual(token, signVisitorToken(secret, visitorId)) ? visitorId : null;
}

/** The token from `Authorization: Bearer …`, or undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
