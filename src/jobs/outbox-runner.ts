// Sends queued replies: claims due outbox rows, calls the channel, records sent / retry / failed.
import type { Logger } from 'pino';
import type { Store } from '../store/database.ts';
import type { EventBus } from '../realtime/event-bus.ts';
import type { SecretBox } from '../store/secret-box.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { Metrics } from '../server/metrics.ts';
import { SendError, type OutboundMessage } from '../channels/channel-adapter.ts';
import {
  claimDueOutbox, markOutboxFailed, markOutboxSent, rescheduleOutbox, type OutboxItem,
} from '../store/repositories/outbox.ts';
import { getChannelWithSecrets, markChannelError, updateChannelSecrets } from '../store/repositories/channels.ts';
import { getUploadWithContent } from '../store/repositories/uploads.ts';
import type { Attachment } from '../domain/types.ts';
import { markRateLimited } from '../store/repositories/channel-health.ts';
import { getMessage, lastInboundExternalId, recordSent, setDelivery } from '../store/repositories/messages.ts';
import { findIdentityOfContact } from '../store/repositories/contacts.ts';
import { getConversationById } from '../store/repositories/conversations.ts';

export interface OutboxRunnerDeps {
  store: Store;
  bus: EventBus;
  secretBox: SecretBox;
  channels: ChannelRegistry;
  logger: Logger;
  metrics?: Metrics | undefined;
  fetch: typeof fetch;
  now: () => Date;
  /** Backoff for attempt n (1-based) when the network gave no Retry-After. */
  backoffMs?: (attempt: number) => number;
  maxAttempts?: number;
  pollMs?: number;
  leaseMs?: number;
}

export interface OutboxRunner {
  start(): void;
  /** Runs one claim-and-send round now; resolves when its sends finished. */
  runOnce(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

const defaultBackoff = (attempt: number) => Math.min(10 * 60_000, 1000 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 250);

/**
 * The bytes of a file the message carries. send-reply gave each attachment its upload's signed
 * /media/<upload id> link; the upload must be the one this message carries.
 */
async function readAttachedFile(db: Store['db'], messageId: string, attachment: Attachment): Promise<Buffer> {
  const uploadId = attachment.url ? /\/media\/([^/?#]+)/.exec(new URL(attachment.url).pathname)?.[1] : undefined;
  const upload = uploadId ? await getUploadWithContent(db, decodeURIComponent(uploadId)) : undefined;
  if (!upload || upload.messageId !== messageId) {
    throw new SendError(`the attached file ${attachment.name ?? ''} is no longer stored; attach it again`, false);
  }
  return upload.content;
}

export function createOutboxRunner(deps: OutboxRunnerDeps): OutboxRunner {
  const pollMs = deps.pollMs ?? 1000;
  const leaseMs = deps.leaseMs ?? 60_000;
  const maxAttempts = deps.maxAttempts ?? 8;
  const backoff = deps.backoffMs ?? defaultBackoff;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = true;

  async function deliver(item: OutboxItem): Promise<void> {
    const db = deps.store.db;
    const attempts = item.attempts + 1;
    const [channel, message, conversation] = await Promise.all([
      getChannelWithSecrets(db, deps.secretBox, item.channelId), getMessage(db, item.messageId), getConversationById(db, item.conversationId),
    ]);
    const fail = async (reason: string) => {
      await markOutboxFailed(db, item.id, attempts, reason, deps.now());
      await setDelivery(db, item.messageId, 'failed', reason);
      publish(item, 'failed', reason, null);
      deps.metrics?.outboxSends.inc({ network: channel?.network ?? 'unknown', result: 'failed' });
    };
    if (!channel || !message || !conversation) return fail('the channel or conversation no longer exists');
    const adapter = deps.channels.get(channel.network);
    if (!adapter) return fail(`network '${channel.network}' is not supported by this server`);
    const identity = await findIdentityOfContact(db, conversation.contactId, adapter.identityNamespace(channel));
    if (!identity) return fail('the customer has no identity on this channel');
    const inReplyTo = await lastInboundExternalId(db, conversation.id);
    const outbound: OutboundMessage = {
      messageId: message.id, idempotencyKey: item.idempotencyKey,
      conversation: { id: conversation.id, kind: conversation.kind, threadKey: conversation.threadKey, lastInboundAt: conversation.lastInboundAt },
      recipient: { externalId: identity.externalId, handle: identity.handle },
      text: message.text, visibility: message.visibility, inReplyToExternalId: inReplyTo,
      attachments: message.attachments, sentAt: message.sentAt,
      readAttachment: (attachment) => readAttachedFile(db, message.id, attachment),
    };
    try {
      const result = await adapter.send(outbound, channel, {
        bus: deps.bus, fetch: deps.fetch, now: deps.now,
        updateSecrets: (patch) => updateChannelSecrets(db, deps.secretBox, channel.id, patch),
      });
      const removedEcho = await db.transaction().execute(async (trx) => {
        await markOutboxSent(trx, item.id, deps.now());
        return recordSent(trx, channel.id, item.messageId, result.externalId);
      });
      if (channel.lastError) await markChannelError(db, channel.id, null);
      if (removedEcho) {
        deps.bus.publish({ type: 'message.deleted', workspaceId: item.workspaceId, data: { id: removedEcho, conversationId: item.conversationId } });
      }
      publish(item, 'sent', null, result.externalId);
      deps.metrics?.outboxSends.inc({ network: channel.network, result: 'sent' });
    } catch (error) {
      const sendError = error instanceof SendError ? error : new SendError((error as Error).message ?? String(error), true);
      // The channel's health shows its latest send problem until a send succeeds again.
      await markChannelError(db, channel.id, `${deps.now().toISOString()} ${sendError.reason}`.slice(0, 500));
      if (sendError.isRetryable && attempts < maxAttempts) {
        const wait = Math.max(sendError.retryAfterMs ?? 0, backoff(attempts));
        // From now, when the answer came: a network's Retry-After or reset time counts from its
        // answer, and counting from before the request would retry early by the request's length.
        const failedAt = deps.now();
        if (sendError.retryAfterMs) {
          await markRateLimited(db, channel.id, channel.workspaceId, new Date(failedAt.getTime() + sendError.retryAfterMs), sendError.reason, failedAt);
        }
        await rescheduleOutbox(db, item.id, attempts, new Date(failedAt.getTime() + wait), sendError.reason, failedAt);
        deps.logger.warn({ outboxId: item.id, attempts, waitMs: wait, reason: sendError.reason }, 'send will be retried');
        deps.metrics?.outboxSends.inc({ network: channel.network, result: 'retry' });
      } else {
        await fail(sendError.reason);
      }
    }
  }

  function publish(item: OutboxItem, status: 'sent' | 'failed', error: string | null, externalId: string | null) {
    deps.bus.publish({
      type: 'message.updated', workspaceId: item.workspaceId,
      data: { id: item.messageId, conversationId: item.conversationId, deliveryStatus: status, deliveryError: error, externalId },
    });
  }

  async function round(): Promise<number> {
    const items = await claimDueOutbox(deps.store.db, deps.store.dialect, deps.now(), leaseMs, 20);
    await Promise.all(items.map((item) => deliver(item).catch((error: unknown) => {
      // The row stays 'sending' until its lease ends, then another round retries it.
      deps.logger.error({ err: error, outboxId: item.id }, 'outbox delivery crashed');
    })));
    return items.length;
  }

  function runOnce(): Promise<number> {
    if (running) { again = true; return running; }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          const n = await round();
          total += n;
          if (n === 20) again = true;
        } while (again && !stopped);
      } finally {
        running = undefined;
      }
      return total;
    })();
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce().catch((error: unknown) => deps.logger.error({ err: error }, 'outbox round failed')).finally(schedule);
    }, pollMs);
    timer.unref();
  }

  return {
    start() { if (!stopped) return; stopped = false; schedule(); },
    runOnce,
    wake() { if (!stopped) void runOnce().catch((error: unknown) => deps.logger.error({ err: error }, 'outbox round failed')); },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
