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
import { getChannelHealth, listWorkspaceHealth, type ChannelHealth } from '../../store/repositories/channel-health.ts';
import { getChannelWithSecrets } from '../../store/repositories/channels.ts';
import { backfillChannel, checkChannelHealth } from '../../jobs/check-channel-health.ts';
import { reconnectChannel } from '../../care/reconnect-channel.ts';
import type { Channel } from '../../domain/types.ts';

export function registerChannelRoutes(app: FastifyInstance, services: Services): void {
  const { db } = services.store;

  /** A channel as the API shows it: its health (null before the first check) and what Parley can ask its network. */
  const withHealth = (channel: Channel, health: ChannelHealth | undefined) => {
    const adapter = services.channels.get(channel.network);
    const checks = { health: !!adapter?.checkHealth, backfill: !!adapter?.backfill };
    if (!health) return { ...channel, checks, health: null };
    const { announced: _announced, workspaceId: _workspaceId, channelId: _channelId, ...shown } = health;
    return { ...channel, checks, health: shown };
  };
  const channelOf = async (workspaceId: string, id: string) => {
    const channel = await getChannel(db, workspaceId, id);
    if (!channel) throw notFound('channel');
    return channel;
  };


/** A backfill reaches back at most this far: networks keep little more, and each read may cost. */
const MAX_BACKFILL_MS = 30 * 24 * 3600_000;

const ConnectBody = z.object({
  network: z.enum(NETWORKS),
  name: z.string().min(1).max(100),
  config: z.record(z.string(), z.unknown()).default({}),
});

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
      const health = await listWorkspaceHealth(db, actor.workspaceId);
      return { items: (await listChannels(db, actor.workspaceId)).map((c) => withHealth(c, health.get(c.id))) };
    },
  });

  defineRoute(app, services, {
    method: 'GET', url: '/api/v1/channels/:id', summary: 'One channel with its health', tag: 'channels', role: 'viewer',
    params: IdParams,
    async handler({ actor, params }) {
      const channel = await channelOf(actor.workspaceId, params.id);
      return withHealth(channel, await getChannelHealth(db, channel.id));
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/channels/:id/health-check', summary: "Ask the network about the channel now (token, webhook) and judge its health",
    tag: 'channels', role: 'lead', params: IdParams,
    async handler({ actor, params }) {
      const channel = await channelOf(actor.workspaceId, params.id);
      return withHealth(channel, await checkChannelHealth(services, channel.id));
    },
  });

  defineRoute(app, services, {
    method: 'POST', url: '/api/v1/channels/:id/backfill', summary: 'Fetch from the network what arrived since a time (duplicates are dropped)',
    tag: 'channels', role: 'admin', params: IdParams,
    body: z.object({ since: z.string().datetime({ offset: true }) }),
    async handler({ actor, params, body }) {
      const channel = await getChannelWithSecrets(db, services.secretBox, params.id);
      if (!channel || channel.workspaceId !== actor.workspaceId) throw notFound('channel');
      if (!services.channels.get(channel.network)?.backfill) {
        throw new ParleyError('validation_failed', `Parley cannot fetch past messages from ${channel.network}`);
      }
      const since = new Date(body.since);
      const now = services.now();
      if (since.getTime() > now.getTime()) throw new ParleyError('validation_failed', 'since must be in the past');
      if (now.getTime() - since.getTime() > MAX_BACKFILL_MS) throw new ParleyError('validation_failed', 'a backfill reaches back at most 30 days');
      await auditAction(services, actor, 'channel.backfilled', 'channel', channel.id, { since: since.toISOString() });
      return withHealth(channel, await backfillChannel(services, channel, since.toISOString()));
    },
  });

  defineRoute(app, services, {
    method: 'PUT', url: '/api/v1/channels/:id/credentials',
    summary: 'Reconnect the account with new credentials; what arrived meanwhile is fetched once it works',
    tag: 'channels', role: 'admin', params: IdParams,
    body: z.object({ config: z.record(z.string(), z.unknown()) }),
    async handler({ actor, params, body }) {
      await reconnectChannel(services, actor.workspaceId, params.id, body.config);
      await auditAction(services, actor, 'channel.reconnected', 'channel', params.id);
      const health = await checkChannelHealth(services, params.id);
      const channel = await channelOf(actor.workspaceId, params.id);
      return withHealth(channel, health);
    },
  });

  const signatureStyle = z.enum(['none', 'initials', 'full']);
  defineRoute(app, services, {
    method: 'PATCH', url: '/api/v1/channels/:id', summary: "Rename a channel or change Parley's settings for it (queue team, signatures, Meta's human agent tag)",
    tag: 'channels', role: 'admin', params: IdParams,
    body: z.object({
      name: z.string().min(1).max(100).optional(),
      settings: z.object({
        teamId: z.string().max(64).nullable().optional(),
        signature: z.object({ public: signatureStyle.optional(), private: signatureStyle.optional() }).optional(),
        humanAgentTag: z.boolean().optional(),
      }).optional(),
    }),
    async handler({ actor, params, body }) {
      const channel = await channelOf(actor.workspaceId, params.id);
      const current = channelSettings(channel);
      if (body.settings?.teamId && !(await getTeam(db, actor.workspaceId, body.settings.teamId))) {
        throw new ParleyError('validation_failed', 'no such team in this workspace');
      }
      if (body.settings?.humanAgentTag !== undefined && channel.network !== 'facebook' && channel.network !== 'instagram') {
        throw new ParleyError('validation_failed', 'humanAgentTag is a Messenger and Instagram setting (Meta\'s HUMAN_AGENT tag)');
      }
      // Only where it was ever set, so other networks' settings stay as they were.
      const humanAgentTag = body.settings?.humanAgentTag ?? current.humanAgentTag;
      const settings = {
        teamId: body.settings?.teamId !== undefined ? body.settings.teamId : current.teamId,
        signature: { ...current.signature, ...body.settings?.signature },
        ...(humanAgentTag !== undefined ? { humanAgentTag } : {}),
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
