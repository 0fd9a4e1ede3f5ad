// /api/v1/channels: connect, list, show and remove accounts (secrets are never returned).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { defineRoute, IdParams } from '../route.ts';
import { notFound } from '../../domain/errors.ts';
import { connectChannel } from '../../care/connect-channel.ts';
import { deleteChannel, getChannel, listChannels, updateChannel } from '../../store/repositories/channels.ts';
import { getTeam } from '../../store/repositories/teams.ts';
import { channelSettings } from '../../domain/types.ts';
import { ParleyError } from '../../domain/errors.ts';
import { NETWORKS } from '../../domain/types.ts';
import { auditAction } from '../audit.ts';
import { publicBase } from '../public-base.ts';

const ConnectBody = z.object({
  network: z.enum(NETWORKS),
  name: z.string().min(1).max(100),
  config: z.record(z.string(), z.unknown()).default({}),
});

export function registerChannelRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/channels', summary: 'Connect an account on a network', tag: 'channels', role: 'admin',
    body: ConnectBody, status: 201,
    async handler({ actor, body, request }) {
      const { channel, shownOnce } = await connectChannel(db, services.secretBox, services.channels,
        { workspaceId: actor.workspaceId, ...body }, services.now());
      await auditAction(services, actor, 'channel.connected', 'channel', channel.id, { network: channel.network, name: channel.name });
      const webhookPath = `/webhooks/${channel.network}/${channel.id}`;
      const base = publicBase(services, request);
      // The one tag a site adds to show the chat widget.
      const embed = channel.network === 'webchat'
        ? { embedSnippet: `<script src="${base}/webchat/widget.js" data-channel="${channel.id}" async></script>` }
        : {};
      return { ...channel, webhookPath, ...embed, ...shownOnce };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/channels', summary: 'Connected channels', tag: 'channels', role: 'viewer',
    async handler({ actor }) {
      return { items: await listChannels(db, actor.workspaceId) };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/channels/:id', summary: 'One channel with its health', tag: 'channels', role: 'viewer',
    params: IdParams,
    async handler({ actor, params }) {
      const channel = await getChannel(db, actor.workspaceId, params.id);
      if (!channel) throw notFound('channel');
      return channel;
    },
  });

  const signatureStyle = z.enum(['none', 'initials', 'full']);
  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/channels/:id', summary: "Rename a channel or change Parley's settings for it (queue team, signatures)",
    tag: 'channels', role: 'admin', params: IdParams,
    body: z.object({
      name: z.string().min(1).max(100).optional(),
      settings: z.object({
        teamId: z.string().max(64).nullable().optional(),
        signature: z.object({ public: signatureStyle.optional(), private: signatureStyle.optional() }).optional(),
      }).optional(),
    }),
    async handler({ actor, params, body }) {
      const channel = await getChannel(db, actor.workspaceId, params.id);
      if (!channel) throw notFound('channel');
      const current = channelSettings(channel);
      if (body.settings?.teamId && !(await getTeam(db, actor.workspaceId, body.settings.teamId))) {
        throw new ParleyError('validation_failed', 'no such team in this workspace');
      }
      const settings = {
        teamId: body.settings?.teamId !== undefined ? body.settings.teamId : current.teamId,
        signature: { ...current.signature, ...body.settings?.signature },
      };
      await updateChannel(db, actor.workspaceId, channel.id, { ...(body.name ? { name: body.name } : {}), settings });
      await auditAction(services, actor, 'channel.updated', 'channel', channel.id, { settings, ...(body.name ? { name: body.name } : {}) });
      return getChannel(db, actor.workspaceId, channel.id);
    },
  });

  defineRoute(app, services, {
    method: 'DELETE', url: '/api/v1/channels/:id', summary: 'Disconnect a channel (its history stays)', tag: 'channels', role: 'admin',
    params: IdParams,
    async handler({ actor, params }) {
      if (!(await deleteChannel(db, actor.workspaceId, params.id, services.now()))) throw notFound('channel');
      await auditAction(services, actor, 'channel.disconnected', 'channel', params.id);
      return { deleted: true };
    },
  });
}
