// Sign-in for the web app: session cookies, the current user, switching workspace, sign-out.
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute } from '../route.ts';
import { ParleyError } from '../../domain/errors.ts';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newSecretToken } from '../auth/tokens.ts';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies.ts';
import { findUserByEmail, getMembership, getUser } from '../../store/repositories/users.ts';
import { listWorkspacesOfUser } from '../../store/repositories/workspaces.ts';
import { deleteSession, deleteSessionsOfUser, insertSession, switchSessionWorkspace } from '../../store/repositories/sessions.ts';
import { sendProblem } from '../problem.ts';
import { createLoginThrottle } from '../auth/login-throttle.ts';

const SESSION_DAYS = 14;
const LoginBody = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024), workspaceId: z.string().optional() });

export function registerAuthRoutes(app: FastifyInstance, services: Services): void {
  const throttle = createLoginThrottle();
  const { db } = services.store;

  app.post('/api/v1/auth/login', {
    schema: { summary: 'Sign in (sets the session cookie)', tags: ['auth'], body: z.toJSONSchema(LoginBody, { target: 'openapi-3.0' }) },
  }, async (request, reply) => {
    try {
      const body = LoginBody.parse(request.body ?? {});
      const keys = [`account:${body.email.toLowerCase()}`, `address:${request.ip}`];
      throttle.check(keys, services.now());
      const user = await findUserByEmail(db, body.email);
      // Verify against a dummy hash for unknown accounts so timing does not tell them apart.
      const isValid = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !isValid) {
        throttle.fail(keys, services.now());
        throw new ParleyError('unauthorized', 'wrong email or password');
      }
      const workspaces = await listWorkspacesOfUser(db, user.id);
      const workspace = body.workspaceId ? workspaces.find((w) => w.id === body.workspaceId) : workspaces[0];
      if (!workspace) throw new ParleyError('forbidden', 'you are not a member of that workspace');
      throttle.succeed(keys);
      const sessionToken = newSecretToken('ps');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = services.now();
      await insertSession(db, {
        id: hashToken(sessionToken), userId: user.id, workspaceId: workspace.id, csrfToken,
        expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
      }, now);
      const secure = request.protocol === 'https';
      reply.header('set-cookie', sessionCookie(sessionToken, SESSION_DAYS * 86_400, secure));
      return { user: { id: user.id, email: user.email, name: user.name }, workspace, workspaces, csrfToken };
    } catch (error) {
      return sendProblem(reply, error, request);
    }
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/me', summary: 'The signed-in user, their workspaces and role', tag: 'auth', role: 'viewer',
    async handler({ actor }) {
      const user = actor.userId ? await getUser(db, actor.userId) : undefined;
      const workspaces = actor.userId ? await listWorkspacesOfUser(db, actor.userId) : [];
      return {
        user: user ? { id: user.id, email: user.email, name: user.name } : null,
        workspaceId: actor.workspaceId, role: actor.role, workspaces, via: actor.kind,
        ...(actor.csrfToken ? { csrfToken: actor.csrfToken } : {}),
      };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/auth/workspace', summary: 'Switch the session to another workspace', tag: 'auth', role: 'viewer',
    body: z.object({ workspaceId: z.string().min(1) }),
    async handler({ actor, body }) {
      if (actor.kind !== 'session' || !actor.sessionId || !actor.userId) throw new ParleyError('bad_request', 'tokens belong to one workspace');
      const membership = await getMembership(db, body.workspaceId, actor.userId);
      if (!membership) throw new ParleyError('forbidden', 'you are not a member of that workspace');
      await switchSessionWorkspace(db, actor.sessionId, body.workspaceId);
      return { workspaceId: body.workspaceId, role: membership.role };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/auth/logout', summary: 'Sign out (everywhere: true ends every session)', tag: 'auth', role: 'viewer',
    body: z.object({ everywhere: z.boolean().default(false) }),
    async handler({ actor, body, reply }) {
      if (actor.kind === 'session' && actor.sessionId) {
        if (body.everywhere && actor.userId) await deleteSessionsOfUser(db, actor.userId);
        else await deleteSession(db, actor.sessionId);
      }
      reply.header('set-cookie', clearedSessionCookie());
      return { signedOut: true };
    },
  });
}
