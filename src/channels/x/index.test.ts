import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { OutboundMessage, SendContext } from '../channel-adapter.ts';
import { SendError } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import { xChannel } from './index.ts';
import { startXEmulator, xProblems, type XEmulator } from './emulator.ts';

const CREDENTIALS = {
  consumerKey: 'ck-norda', consumerSecret: 'cs-norda-secret',
  accessToken: '1498765432109876543-AbCdEfGhIjKlMnOp', accessTokenSecret: 'ats-norda-secret',
};
const CONNECT = { userId: '1498765432109876543', handle: '@NordaAir', ...CREDENTIALS };

function channelFor(apiBaseUrl: string): ChannelWithSecrets {
  const prepared = xChannel.prepareConnection({ name: 'Norda Air', config: { ...CONNECT, apiBaseUrl } });
  return {
    id: 'ch_x', workspaceId: 'ws', network: 'x', name: 'Norda Air', createdAt: '2026-09-14T00:00:00Z', lastEventAt: null, lastError: null,
    config: prepared.config, secrets: prepared.secrets,
  };
}

function outbound(patch: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    messageId: 'msg_1', idempotencyKey: 'msg_1',
    conversation: { id: 'cv_1', kind: 'public', threadKey: 'post:1967412345678901234' },
    recipient: { externalId: '1205290247124217856', handle: 'anna_petrova' },
    text: 'Анна, проверили: багаж прибудет завтрашним рейсом.', visibility: 'public',
    inReplyToExternalId: '1967412345678901234', attachments: [], sentAt: '2026-09-14T08:30:00Z',
    ...patch,
  };
}

async function sendError(run: Promise<unknown>): Promise<SendError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof SendError) return error;
    throw error;
  }
  throw new Error('expected a SendError');
}

describe('connecting an x channel', () => {
  it('keeps every token in secrets and shows only ids, handle, consumer key and API base', () => {
    const prepared = xChannel.prepareConnection({ name: 'Norda', config: { ...CONNECT, bearerToken: 'AAAA-bearer' } });
    expect(prepared.config).toEqual({ userId: CONNECT.userId, handle: 'NordaAir', consumerKey: 'ck-norda', apiBaseUrl: 'https://api.x.com', receive: 'webhooks' });
    expect(prepared.secrets).toEqual({
      consumerSecret: 'cs-norda-secret', accessToken: CREDENTIALS.accessToken, accessTokenSecret: 'ats-norda-secret', bearerToken: 'AAAA-bearer',
    });
    expect(JSON.stringify(prepared.config)).not.toContain('secret');
  });

  it('refuses a numeric user id (it would be rounded) and missing credentials', () => {
    const attempt = (config: Record<string, unknown>) => {
      try {
        xChannel.prepareConnection({ name: 'Norda', config });
      } catch (error) {
        return error instanceof ParleyError ? error.code : 'other';
      }
      return 'accepted';
    };
    expect(attempt({ ...CONNECT, userId: 1498765432109876543 })).toBe('validation_failed');
    expect(attempt({ ...CONNECT, consumerSecret: undefined })).toBe('validation_failed');
    expect(attempt({ ...CONNECT, apiBaseUrl: 'ftp://x' })).toBe('validation_failed');
  });

  it('receives by webhooks unless the admin chooses polling, and refuses any other way', () => {
    const channel = (config: Record<string, unknown>): ChannelWithSecrets => ({
      ...channelFor('https://api.x.com'), config: xChannel.prepareConnection({ name: 'Norda', config: { ...CONNECT, ...config } }).config,
    });
    expect(xChannel.isPolling!(channel({}))).toBe(false);
    expect(xChannel.isPolling!(channel({ receive: 'webhooks' }))).toBe(false);
    expect(xChannel.isPolling!(channel({ receive: 'polling' }))).toBe(true);
    expect(() => xChannel.prepareConnection({ name: 'Norda', config: { ...CONNECT, receive: 'stream' } })).toThrow(ParleyError);
    // A channel stored before the setting existed reads as a webhook channel.
    const { receive: _receive, ...older } = channel({}).config;
    expect(xChannel.isPolling!({ ...channelFor('https://api.x.com'), config: older })).toBe(false);
  });

  it('shares identities across x channels: X user ids are global', () => {
    expect(xChannel.identityNamespace(channelFor('https://api.x.com'))).toBe('x');
  });
});

describe('sending to X through the emulator', () => {
  let emulator: XEmulator;
  let channel: ChannelWithSecrets;
  const context: SendContext = { bus: createMemoryBus(), fetch, now: () => new Date() };

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS });
    channel = channelFor(emulator.url);
  });
  afterAll(async () => { await emulator?.close(); });

  it('posts a public reply, signed, under the post it answers, and returns the new post id', async () => {
    const result = await xChannel.send(outbound(), channel, context);
    const request = emulator.requests.at(-1)!;
    expect(request.path).toBe('/2/tweets');
    expect(request.isSignatureValid).toBe(true);
    expect(request.body).toEqual({ text: outbound().text, reply: { in_reply_to_tweet_id: '1967412345678901234' } });
    expect(result.externalId).toBe(emulator.created.at(-1)!.id);
    expect(BigInt(result.externalId!) > 2n ** 53n).toBe(true);
  });

  it('falls back to the post that opened the thread when no customer post is known', async () => {
    await xChannel.send(outbound({ inReplyToExternalId: null, text: 'fallback reply' }), channel, context);
    expect(emulator.created.at(-1)!.inReplyTo).toBe('1967412345678901234');
  });

  it('sends a DM to the customer and returns the DM event id', async () => {
    const result = await xChannel.send(outbound({ visibility: 'private', text: 'Пишем вам в личные сообщения.' }), channel, context);
    const request = emulator.requests.at(-1)!;
    expect(request.path).toBe('/2/dm_conversations/with/1205290247124217856/messages');
    expect(request.isSignatureValid).toBe(true);
    expect(request.body).toEqual({ text: 'Пишем вам в личные сообщения.' });
    expect(result.externalId).toBe(emulator.created.at(-1)!.id);
  });

  it('turns a 429 into a retryable error that waits until x-rate-limit-reset', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 90;
    emulator.script(xProblems.rateLimited(resetAt));
    const error = await sendError(xChannel.send(outbound({ text: 'rate limited' }), channel, context));
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(85_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(90_000);
    expect(error.reason).toContain('Rate limit exceeded');
  });

  it('retries a 503 and gives up on duplicate content and deleted parents with X\'s reason', async () => {
    emulator.script(xProblems.unavailable());
    expect((await sendError(xChannel.send(outbound({ text: 'x' }), channel, context))).isRetryable).toBe(true);

    await xChannel.send(outbound({ text: 'the same words' }), channel, context);
    const duplicate = await sendError(xChannel.send(outbound({ text: 'the same words' }), channel, context));
    expect(duplicate.isRetryable).toBe(false);
    expect(duplicate.reason).toBe('X answered 403 Forbidden: You are not allowed to create a Tweet with duplicate content.');

    emulator.deletePost('1967000000000000001');
    const deleted = await sendError(xChannel.send(outbound({ inReplyToExternalId: '1967000000000000001', text: 'late' }), channel, context));
    expect(deleted.isRetryable).toBe(false);
    expect(deleted.reason).toContain('deleted or not visible');
  });

  it('fails without retry when the credentials are wrong, naming the 401', async () => {
    const wrong = { ...channel, secrets: { ...channel.secrets, accessTokenSecret: 'wrong' } };
    const error = await sendError(xChannel.send(outbound({ text: 'bad keys' }), wrong, context));
    expect(error.isRetryable).toBe(false);
    expect(error.reason).toContain('401 Unauthorized');
    expect(emulator.requests.at(-1)!.isSignatureValid).toBe(false);
  });

  it('refuses files X does not take and replies with nothing to reply under, without calling X', async () => {
    const before = emulator.requests.length;
    const withFile = await sendError(xChannel.send(outbound({ attachments: [{ type: 'file', url: 'https://x/y.pdf', name: 'y.pdf', mimeType: 'application/pdf', size: 10 }] }), channel, context));
    expect(withFile.isRetryable).toBe(false);
    expect(withFile.reason).toContain('y.pdf is application/pdf');
    const orphan = await sendError(xChannel.send(outbound({ inReplyToExternalId: null, conversation: { id: 'cv', kind: 'public', threadKey: 'thread:abc' } }), channel, context));
    expect(orphan.reason).toContain('no X post');
    expect(emulator.requests.length).toBe(before);
  });

  it('retries when X cannot be reached at all', async () => {
    const offline = channelFor('http://127.0.0.1:9');
    const error = await sendError(xChannel.send(outbound({ text: 'offline' }), offline, context));
    expect(error.isRetryable).toBe(true);
  });
});
