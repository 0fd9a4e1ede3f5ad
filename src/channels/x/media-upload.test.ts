import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, ChannelWithSecrets } from '../../domain/types.ts';
import { SendError, type OutboundMessage, type SendContext } from '../channel-adapter.ts';
import { createMemoryBus } from '../../realtime/event-bus.ts';
import { xChannel } from './index.ts';
import { startXEmulator, xProblems, type XEmulator } from './emulator.ts';
import { CHUNK_BYTES, chunksOf } from './media-upload.ts';

const CREDENTIALS = {
  consumerKey: 'ck-media', consumerSecret: 'cs-media-secret',
  accessToken: '1498765432109876543-MediaToken', accessTokenSecret: 'ats-media-secret',
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a small picture of a torn suitcase')]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(CHUNK_BYTES + 1000, 7)]);

function channelFor(apiBaseUrl: string): ChannelWithSecrets {
  const prepared = xChannel.prepareConnection({ name: 'Norda', config: { userId: '1498765432109876543', handle: 'NordaAir', ...CREDENTIALS, apiBaseUrl } });
  return { id: 'ch_x', workspaceId: 'ws', network: 'x', name: 'Norda', createdAt: '2026-09-14T00:00:00Z', lastEventAt: null, lastError: null, config: prepared.config, secrets: prepared.secrets };
}

const attachment = (name: string, mimeType: string, bytes: Buffer): Attachment => ({ type: mimeType.startsWith('video') ? 'video' : 'image', url: `https://parley.example/media/up_${name}?sig=s`, name, mimeType, size: bytes.length });

function outbound(files: [Attachment, Buffer][], patch: Partial<OutboundMessage> = {}): OutboundMessage {
  const bytes = new Map(files.map(([a, b]) => [a.url, b]));
  return {
    messageId: 'msg_media', idempotencyKey: 'msg_media',
    conversation: { id: 'cv_1', kind: 'public', threadKey: 'post:1967412345678901234' },
    recipient: { externalId: '1205290247124217856', handle: 'anna_petrova' },
    text: `Here is the form ${Math.random()}`, visibility: 'public', inReplyToExternalId: '1967412345678901234',
    attachments: files.map(([a]) => a), sentAt: '2026-09-14T08:30:00Z',
    readAttachment: async (a) => bytes.get(a.url)!,
    ...patch,
  };
}

async function failure(run: Promise<unknown>): Promise<SendError> {
  try { await run; } catch (error) { if (error instanceof SendError) return error; throw error; }
  throw new Error('expected a SendError');
}

describe('cutting a file into APPEND segments', () => {
  it('cuts at the chunk size, keeps every byte in order, and sends an empty file as one empty segment', () => {
    const bytes = Buffer.from(Array.from({ length: 10 }, (_, i) => i));
    expect(chunksOf(bytes, 4).map((c) => [...c])).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(chunksOf(bytes, 5)).toHaveLength(2);
    expect(chunksOf(Buffer.alloc(0))).toHaveLength(1);
    expect(CHUNK_BYTES).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe('sending files to X through the emulator', () => {
  let emulator: XEmulator;
  let channel: ChannelWithSecrets;
  const context: SendContext = { bus: createMemoryBus(), fetch, now: () => new Date() };

  beforeAll(async () => {
    emulator = await startXEmulator({ credentials: CREDENTIALS });
    channel = channelFor(emulator.url);
  });
  afterAll(async () => { await emulator?.close(); });

  it('uploads an image (initialize, append, finalize, all signed) and posts the reply naming its media id', async () => {
    const before = emulator.requests.length;
    const result = await xChannel.send(outbound([[attachment('torn.png', 'image/png', PNG), PNG]]), channel, context);
    const calls = emulator.requests.slice(before);
    const mediaId = [...emulator.media.keys()].at(-1)!;
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /2/media/upload/initialize', `POST /2/media/upload/${mediaId}/append`, `POST /2/media/upload/${mediaId}/finalize`, 'POST /2/tweets',
    ]);
    expect(calls.every((r) => r.isSignatureValid && r.status < 300)).toBe(true);
    expect(calls[0]!.body).toEqual({ media_type: 'image/png', total_bytes: PNG.length, media_category: 'tweet_image' });
    expect(emulator.media.get(mediaId)!.bytes).toEqual(PNG);
    expect((calls[3]!.body as { media: unknown }).media).toEqual({ media_ids: [mediaId] });
    expect(emulator.created.at(-1)).toMatchObject({ id: result.externalId, kind: 'post', mediaIds: [mediaId] });
  });

  it('uploads a video in several segments for a DM, waits for X to process it, and attaches it', async () => {
    const message = outbound([[attachment('unboxing.mp4', 'video/mp4', MP4), MP4]], { visibility: 'private', text: '' });
    const result = await xChannel.send(message, channel, context);
    const mediaId = [...emulator.media.keys()].at(-1)!;
    const appends = emulator.requests.filter((r) => r.path === `/2/media/upload/${mediaId}/append`);
    expect(appends).toHaveLength(2);
    expect(emulator.media.get(mediaId)).toMatchObject({ category: 'dm_video', state: 'ready' });
    // Compared as bytes: a deep equality over 4 MB would take vitest half a minute.
    expect(emulator.media.get(mediaId)!.bytes!.equals(MP4)).toBe(true);
    const status = emulator.requests.filter((r) => r.method === 'GET' && r.path === '/2/media/upload');
    expect(status.at(-1)!.query).toEqual({ command: 'STATUS', media_id: mediaId });
    expect(status.at(-1)!.isSignatureValid).toBe(true);
    const dm = emulator.requests.at(-1)!;
    expect(dm.body).toEqual({ attachments: [{ media_id: mediaId }] });
    expect(emulator.created.at(-1)).toMatchObject({ id: result.externalId, kind: 'dm', mediaIds: [mediaId], text: '' });
  });

  it('uploads several images in the order attached', async () => {
    const files: [Attachment, Buffer][] = [1, 2, 3].map((n) => {
      const bytes = Buffer.concat([PNG, Buffer.from(String(n))]);
      return [attachment(`p${n}.png`, 'image/png', bytes), bytes];
    });
    await xChannel.send(outbound(files), channel, context);
    const ids = emulator.created.at(-1)!.mediaIds;
    expect(ids).toHaveLength(3);
    expect(ids.map((id) => emulator.media.get(id)!.bytes!.at(-1))).toEqual([0x31, 0x32, 0x33]);
  });

  it('ends the send with X\'s reason when X fails to process a video, without posting', async () => {
    const posted = emulator.created.length;
    emulator.script({ status: 200, body: { data: { id: '1967000000000000777', media_key: '7_1967000000000000777', expires_after_secs: 86400 } } },
      { status: 200, body: {} },
      { status: 200, body: { data: { id: '1967000000000000777', processing_info: { state: 'failed', error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' } } } } });
    const error = await failure(xChannel.send(outbound([[attachment('bad.mp4', 'video/mp4', MP4.subarray(0, 100)), MP4.subarray(0, 100)]]), channel, context));
    expect(error.isRetryable).toBe(false);
    expect(error.reason).toBe('X could not process bad.mp4: Unsupported video format');
    expect(emulator.created.length).toBe(posted);
  });

  it('retries later when the upload is rate-limited, and refuses files X does not take before calling it', async () => {
    emulator.script(xProblems.rateLimited(Math.floor(Date.now() / 1000) + 60));
    const limited = await failure(xChannel.send(outbound([[attachment('x.png', 'image/png', PNG), PNG]]), channel, context));
    expect(limited.isRetryable).toBe(true);
    expect(limited.retryAfterMs).toBeGreaterThan(50_000);

    const before = emulator.requests.length;
    const pdf: Attachment = { type: 'file', url: 'https://parley.example/media/up_pdf?sig=s', name: 'label.pdf', mimeType: 'application/pdf', size: 900 };
    const refused = await failure(xChannel.send(outbound([[pdf, Buffer.from('%PDF-1.7')]]), channel, context));
    expect(refused.isRetryable).toBe(false);
    expect(refused.reason).toContain('label.pdf is application/pdf');
    const unreadable = await failure(xChannel.send(outbound([[attachment('y.png', 'image/png', PNG), PNG]], { readAttachment: undefined }), channel, context));
    expect(unreadable.reason).toContain('cannot be read');
    expect(emulator.requests.length).toBe(before);
  });
});
