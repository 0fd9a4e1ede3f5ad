// Private threads still needing a reply whose messaging window closes soon, soonest first: a lead's
// list of what will become unanswerable (Messenger's 24 hours, the human agent's 7 days, …).
import type { Db } from '../store/database.ts';
import type { Channel, Conversation } from '../domain/types.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { MessagingWindowState } from '../channels/channel-adapter.ts';
import { listChannels } from '../store/repositories/channels.ts';
import { listAwaitingReplyInRange } from '../store/repositories/messaging-windows.ts';

export interface ClosingWindow {
  conversation: Conversation;
  channel: Channel;
  closesAt: string;
  rule: MessagingWindowState['rule'] | null;
}

export interface FindClosingWindowsInput {
  workspaceId: string;
  /** How far ahead to look, in milliseconds. */
  withinMs: number;
  limit: number;
  now: Date;
}

/**
 * A channel's window is a fixed length after the customer's last message, so "closes within W"
 * is "last message within a range": channels are grouped by their window length and each group
 * reads one index range, a fixed number of queries whatever the workspace's size.
 */
export async function findClosingWindows(deps: { db: Db; channels: ChannelRegistry }, input: FindClosingWindowsInput): Promise<ClosingWindow[]> {
  const channels = await listChannels(deps.db, input.workspaceId);
  const windowOf = (channel: Channel, lastInboundAt: string | null) =>
    deps.channels.get(channel.network)?.messagingWindow?.(lastInboundAt, 'private', { channel, conversationKind: 'private' }) ?? null;
  const byLength = new Map<number, Channel[]>();
  const probe = '2000-01-01T00:00:00.000Z';
  for (const channel of channels) {
    const closesAt = windowOf(channel, probe)?.closesAt;
    if (!closesAt) continue;
    const length = Date.parse(closesAt) - Date.parse(probe);
    byLength.set(length, [...(byLength.get(length) ?? []), channel]);
  }
  const byId = new Map(channels.map((c) => [c.id, c]));
  const found: ClosingWindow[] = [];
  for (const [length, group] of byLength) {
    const rows = await listAwaitingReplyInRange(deps.db, {
      workspaceId: input.workspaceId, channelIds: group.map((c) => c.id), limit: input.limit,
      lastInboundAfter: new Date(input.now.getTime() - length).toISOString(),
      lastInboundUpTo: new Date(input.now.getTime() - length + input.withinMs).toISOString(),
    });
    for (const conversation of rows) {
      const channel = byId.get(conversation.channelId)!;
      const window = windowOf(channel, conversation.lastInboundAt);
      if (window?.closesAt) found.push({ conversation, channel, closesAt: window.closesAt, rule: window.rule ?? null });
    }
  }
  return found.sort((a, b) => a.closesAt.localeCompare(b.closesAt) || a.conversation.id.localeCompare(b.conversation.id)).slice(0, input.limit);
}
