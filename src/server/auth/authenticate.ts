// Resolves the Actor behind a request: a Bearer token or the session cookie.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../store/database.ts';
import { ParleyError } from '../../domain/errors.ts';
import { findApiTokenByHash, touchApiToken, type TokenScope } from '../../store/repositories/api-tokens.ts';
import { findSession } from '../../store/repositories/sessions.ts';
import { getMembership } from '../../store/repositories/users.ts';
import type { Role } from '../../domain/types.ts';
import type { Actor } from './actor.ts';
import { hashToken } from './tokens.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';
import { safeEqual } from '../../channels/signature.ts';

const SCOPE_ROLE: Record<TokenScope, Role> = { read: 'viewer', write: 'agent', admin: 'admin' };
const RANK: Record<Role, number> = { viewer: 0, agent: 1, lead: 2, admin: 3 };
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function authenticate(db: Db, request: FastifyRequest, now: Date): Promise<Actor> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new ParleyError('unauthorized', 'use Authorization: Bearer <token>');
    const token = await findApiTokenByHash(db, hashToken(match[1]));
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now.toISOString())) {
      throw new ParleyError('unauthorized', 'the token is unknown, expired or revoked');
    }
    let role = token.scopes.map((s) => SCOPE_ROLE[s]).reduce<Role>((best, r) => (RANK[r] > RANK[best] ? r : best), 'viewer');
    // A token never acts above the role its creator holds now.
    if (token.createdBy) {
      const membership = await getMembership(db, token.workspaceId, token.createdBy);
      if (!membership) throw new ParleyError('unauthorized', 'the token belongs to a user who left this workspace');
      if (RANK[membership.role] < RANK[role]) role = membership.role;
    }
    // Recording use once a minute is enough and keeps reads from writing on every call.
    if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > 60_000) await touchApiToken(db, token.id, now);
    return { kind: 'token', workspaceId: token.workspaceId, userId: token.createdBy, role, tokenId: token.id };
  }
  const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (!cookie) throw new ParleyError('unauthorized', 'sign in, or send a Bearer token');
  const session = await findSession(db, hashToken(cookie), now);
  if (!session) throw new ParleyError('unauthorized', 'the session has expired; sign in again');
  const membership = await getMembership(db, session.workspaceId, session.userId);
  if (!membership) throw new ParleyError('unauthorized', 'you are no longer a member of this workspace');
  // Cookies ride along on cross-site requests; a header only our own pages send proves intent.
  if (UNSAFE.has(request.method)) {
    const given = request.headers['x-parley-csrf'];
    if (typeof given !== 'string' || !safeEqual(given, session.csrfToken)) {
      throw new ParleyError('forbidden', 'missing or wrong X-Parley-CSRF header');
    }
  }
  return {
    kind: 'session', workspaceId: session.workspaceId, userId: session.userId, role: membership.role,
    sessionId: session.id, csrfToken: session.csrfToken,
  };
}
