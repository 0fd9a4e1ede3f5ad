// Workspace setup: members, teams, tags, saved replies, API tokens, and "next up".
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound, ParleyError } from '../../domain/errors.ts';
import { DEFAULT_TEAM_ASSIGNMENT, ROLES } from '../../domain/types.ts';
import { hashPassword } from '../auth/passwords.ts';
import { requireRole, requireUser } from '../auth/actor.ts';
import { addMembership, createUser, findUserByEmail, getMembership, listMembers } from '../../store/repositories/users.ts';
import { createTeam, listTeams, setTeamAssignment, getTeam } from '../../store/repositories/teams.ts';
import { setAvailability } from '../../care/set-availability.ts';
import { renderSavedReply } from '../../care/render-saved-reply.ts';
import { listNotifications, markNotificationRead } from '../../store/repositories/notifications.ts';
import { runAssignmentPass } from '../../care/auto-assign.ts';
import { setUserName, updateMembership } from '../../store/repositories/users.ts';
import { listTags } from '../../store/repositories/tags.ts';
import { createSavedReply, listSavedReplies } from '../../store/repositories/saved-replies.ts';
import { listApiTokens, revokeApiToken } from '../../store/repositories/api-tokens.ts';
import { createApiToken } from '../../care/create-api-token.ts';
import { claimNext } from '../../care/claim-next.ts';
import { auditAction } from '../audit.ts';
import { listAudit } from '../../store/repositories/audit-log.ts';

const AssignmentBody = z.object({
  mode: z.enum(['manual', 'auto']).optional(),
  capacity: z.number().int().min(1).max(1000).nullable().optional(),
  requireLanguage: z.boolean().optional(),
  returnWhenAway: z.boolean().optional(),
});

export function registerWorkspaceRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/me', summary: 'Update your name, skills, availability and signature', tag: 'workspace', role: 'viewer',
    body: z.object({
      name: z.string().min(1).max(200).optional(),
      skills: z.array(z.string().min(1).max(32)).max(50).optional(),
      available: z.boolean().optional(),
      signature: z.string().max(500).nullable().optional(),
      initials: z.string().max(8).nullable().optional(),
    }),
    async handler({ actor, body }) {
      const userId = requireUser(actor);
      if (body.name !== undefined) await setUserName(db, userId, body.name);
      await updateMembership(db, actor.workspaceId, userId, {
        ...(body.skills !== undefined ? { skills: body.skills } : {}),
        ...(body.signature !== undefined ? { signature: body.signature } : {}),
        ...(body.initials !== undefined ? { initials: body.initials } : {}),
      });
      const returned = body.available !== undefined
        ? (await setAvailability(services, { workspaceId: actor.workspaceId, userId, isAvailable: body.available })).returned
        : 0;
      const membership = await getMembership(db, actor.workspaceId, userId);
      return { ...membership, returnedToQueue: returned };
    },
  });

  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/teams/:id', summary: "Set a team's assignment policy", tag: 'workspace', role: 'lead',
    params: IdParams, body: z.object({ assignment: AssignmentBody }),
    async handler({ actor, params, body }) {
      const team = await getTeam(db, actor.workspaceId, params.id);
      if (!team) throw notFound('team');
      const assignment = { ...team.assignment, ...body.assignment };
      await setTeamAssignment(db, actor.workspaceId, team.id, assignment);
      await auditAction(services, actor, 'team.assignment_changed', 'team', team.id, { assignment });
      await runAssignmentPass(services, actor.workspaceId, team.id);
      return { ...team, assignment };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/users', summary: 'Members of the workspace', tag: 'workspace', role: 'viewer',
    async handler({ actor }) {
      const members = await listMembers(db, actor.workspaceId);
      return { items: members.map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role, skills: m.skills })) };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/users', summary: 'Add a member (creating the user if new)', tag: 'workspace', role: 'admin',
    status: 201,
    body: z.object({
      email: z.string().email().max(320), name: z.string().min(1).max(200), role: z.enum(ROLES),
      password: z.string().min(8).max(1024).optional(), skills: z.array(z.string().max(32)).max(50).default([]),
    }),
    async handler({ actor, body }) {
      const member = await db.transaction().execute(async (trx) => {
        let user = await findUserByEmail(trx, body.email);
        if (!user) {
          if (!body.password) throw new ParleyError('validation_failed', 'a new user needs a password');
          const created = await createUser(trx, { email: body.email, name: body.name, passwordHash: await hashPassword(body.password) });
          user = { ...created, passwordHash: '' };
        }
        if (await getMembership(trx, actor.workspaceId, user.id)) throw new ParleyError('conflict', 'already a member');
        await addMembership(trx, { workspaceId: actor.workspaceId, userId: user.id, role: body.role, skills: body.skills });
        return { id: user.id, email: user.email, name: user.name, role: body.role, skills: body.skills };
      });
      await auditAction(services, actor, 'member.added', 'user', member.id, { role: member.role });
      return member;
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/teams', summary: 'Teams', tag: 'workspace', role: 'viewer',
    async handler({ actor }) { return { items: await listTeams(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/teams', summary: 'Create a team', tag: 'workspace', role: 'lead', status: 201,
    body: z.object({ name: z.string().min(1).max(100), memberIds: z.array(z.string()).max(500).default([]), assignment: AssignmentBody.optional() }),
    async handler({ actor, body }) {
      for (const id of body.memberIds) {
        if (!(await getMembership(db, actor.workspaceId, id))) throw new ParleyError('validation_failed', `user ${id} is not a member`);
      }
      const team = await createTeam(db, actor.workspaceId, body.name, body.memberIds, services.now(), { ...DEFAULT_TEAM_ASSIGNMENT, ...body.assignment });
      await auditAction(services, actor, 'team.created', 'team', team.id, { name: team.name, memberIds: team.memberIds });
      return team;
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/tags', summary: 'Tags in use', tag: 'workspace', role: 'viewer',
    async handler({ actor }) { return { items: await listTags(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/saved-replies', summary: 'Shared and personal saved replies', tag: 'workspace', role: 'viewer',
    async handler({ actor }) { return { items: await listSavedReplies(db, actor.workspaceId, actor.userId) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/saved-replies', summary: 'Create a saved reply (shared needs lead)', tag: 'workspace',
    role: 'agent', status: 201,
    body: z.object({
      name: z.string().min(1).max(100), shortcut: z.string().min(1).max(50), body: z.string().min(1).max(10_000),
      language: z.string().max(8).nullable().default(null), shared: z.boolean().default(false),
    }),
    async handler({ actor, body }) {
      if (body.shared) requireRole(actor, 'lead');
      return createSavedReply(db, {
        workspaceId: actor.workspaceId, ownerId: body.shared ? null : requireUser(actor), name: body.name,
        shortcut: body.shortcut, body: body.body, language: body.language,
      }, services.now());
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/saved-replies/:id/render',
    summary: "A saved reply filled in for a conversation, in the customer's language", tag: 'workspace', role: 'agent',
    params: IdParams, body: z.object({ conversationId: z.string().min(1).max(64) }),
    async handler({ actor, params, body }) {
      return renderSavedReply(db, { workspaceId: actor.workspaceId, userId: actor.userId, savedReplyId: params.id, conversationId: body.conversationId });
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/notifications', summary: 'Your notifications (mentions, escalations), newest first', tag: 'workspace',
    role: 'viewer', query: z.object({ unread: z.enum(['true', 'false']).default('false') }),
    async handler({ actor, query }) {
      return { items: await listNotifications(db, actor.workspaceId, requireUser(actor), query.unread === 'true') };
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/notifications/:id/read', summary: 'Mark a notification read', tag: 'workspace', role: 'viewer',
    params: IdParams,
    async handler({ actor, params }) {
      if (!(await markNotificationRead(db, actor.workspaceId, requireUser(actor), params.id, services.now().toISOString()))) throw notFound('notification');
      return { read: true };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/tokens', summary: 'API tokens (values are never shown again)', tag: 'workspace', role: 'admin',
    async handler({ actor }) { return { items: await listApiTokens(db, actor.workspaceId) }; },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/tokens', summary: 'Create an API token (shown once)', tag: 'workspace', role: 'admin', status: 201,
    body: z.object({
      name: z.string().min(1).max(100), scopes: z.array(z.enum(['read', 'write', 'admin'])).min(1).default(['read', 'write']),
      expiresInDays: z.number().int().min(1).max(3650).optional(),
    }),
    async handler({ actor, body }) {
      const { token, record } = await createApiToken(db, { workspaceId: actor.workspaceId, createdBy: actor.userId, ...body }, services.now());
      await auditAction(services, actor, 'token.created', 'token', record.id, { name: record.name, scopes: record.scopes });
      return { ...record, token };
    },
  });

  defineRoute(app, services, {
    method: 'DELETE', url: '/api/v1/tokens/:id', summary: 'Revoke an API token', tag: 'workspace', role: 'admin', params: IdParams,
    async handler({ actor, params }) {
      if (!(await revokeApiToken(db, actor.workspaceId, params.id, services.now()))) throw notFound('token');
      await auditAction(services, actor, 'token.revoked', 'token', params.id);
      return { revoked: true };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/audit', summary: 'The audit log, newest first', tag: 'workspace', role: 'admin',
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.string().max(64).optional() }),
    async handler({ actor, query }) {
      return listAudit(db, actor.workspaceId, query.limit, query.before);
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/queue/next', summary: 'Claim the most urgent unassigned conversation', tag: 'conversations',
    role: 'agent', body: z.object({ teamId: z.string().max(64).optional() }),
    async handler({ actor, body, reply }) {
      const conversation = await claimNext(services, { workspaceId: actor.workspaceId, userId: requireUser(actor), teamId: body.teamId });
      if (!conversation) return reply.code(204).send();
      return conversation;
    },
  });
}
