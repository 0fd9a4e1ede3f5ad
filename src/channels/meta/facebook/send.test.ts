import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendError } from '../../channel-adapter.ts';
import { graphAnswers, startGraphEmulator, type GraphEmulator } from '../emulator.ts';
import { createUsageGate } from '../usage.ts';
import { PAGE_ID } from '../__fixtures__/index.ts';
import { metaChannel, outbound, sendContext } from '../__fixtures__/outbound.ts';
import { facebookCallFor, sendOnFacebook } from './send.ts';

const TOKEN = 'EAAGm0PX4ZCpsBAPageToken';

describe('choosing the Graph call for a Facebook reply', () => {
  it('answers a public thread with a comment under its top-level comment', () => {
    const call = facebookCallFor(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'thread:122101_880001' }, inReplyToExternalId: '122101_880002', text: 'Paldies!' }), PAGE_ID);
    expect(call).toEqual({ method: 'POST', path: '122101_880001/comments', json: { message: 'Paldies!' } });
  });

  it('sends a Messenger reply through the Send API with messaging_type RESPONSE and Parley\'s metadata', () => {
    expect(facebookCallFor(outbound(), PAGE_ID)).toEqual({
      method: 'POST', path: `${PAGE_ID}/messages`,
      json: { recipient: { id: '24031234567890123' }, messaging_type: 'RESPONSE', message: { text: 'Спасибо! Мы уже проверяем заказ 📦', metadata: 'parley:msg_01TEST' } },
    });
  });

  it('answers a commenter privately with recipient.comment_id (the network id, not a derived one)', () => {
    const call = facebookCallFor(outbound({ conversation: { kind: 'public', threadKey: 'thread:122101_880001' }, inReplyToExternalId: '122101_880001#edit-0123456789ab' }), PAGE_ID);
    expect(call.json).toEqual({ recipient: { comment_id: '122101_880001' }, message: { text: 'Спасибо! Мы уже проверяем заказ 📦', metadata: 'parley:msg_01TEST' } });
  });

  it('answers a visitor\'s post on the Page privately with recipient.post_id', () => {
    const call = facebookCallFor(outbound({ conversation: { kind: 'public', threadKey: `thread:${PAGE_ID}_900001` }, inReplyToExternalId: `${PAGE_ID}_900001` }), PAGE_ID);
    expect(call.json).toMatchObject({ recipient: { post_id: `${PAGE_ID}_900001` } });
  });

  it('tags a reply sent after 24 hours HUMAN_AGENT where the Page has the permission, and refuses it after 7 days', () => {
    const dayAndHourAgo = outbound({ conversation: { lastInboundAt: '2026-11-23T09:00:00.000Z' } });
    const now = new Date('2026-11-24T10:05:00Z');
    expect(facebookCallFor(dayAndHourAgo, PAGE_ID, { now, humanAgentTag: true }).json).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(() => facebookCallFor(dayAndHourAgo, PAGE_ID, { now, humanAgentTag: false })).toThrowError(/24-hour messaging window closed/);
    const inTime = facebookCallFor(outbound({ conversation: { lastInboundAt: '2026-11-24T09:00:00.000Z' } }), PAGE_ID, { now, humanAgentTag: true });
    expect(inTime.json).toMatchObject({ messaging_type: 'RESPONSE' });
    expect(inTime.json).not.toHaveProperty('tag');
    const eightDays = outbound({ conversation: { lastInboundAt: '2026-11-16T09:00:00.000Z' } });
    const refusal = (() => { try { facebookCallFor(eightDays, PAGE_ID, { now, humanAgentTag: true }); } catch (e) { return e as SendError; } return null; })();
    expect(refusal).toMatchObject({ isRetryable: false, reason: expect.stringContaining('7-day human agent window closed') });
  });

  it('refuses, without retrying, a public reply with nothing to answer', () => {
    expect(() => facebookCallFor(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'post:x' } }), PAGE_ID)).toThrowError(SendError);
  });
});

describe('sending to the Graph API', () => {
  let graph: GraphEmulator;
  beforeAll(async () => { graph = await startGraphEmulator({ accessTokens: [TOKEN] }); });
  afterAll(async () => { await graph.close(); });
  const channel = () => metaChannel('facebook', { pageId: PAGE_ID, graphApiBaseUrl: graph.url }, { pageAccessToken: TOKEN, appSecret: 's', verifyToken: 'v' });

  it('posts with the token in the Authorization header on the default version and returns Meta\'s id', async () => {
    const result = await sendOnFacebook(outbound(), channel(), sendContext(), createUsageGate());
    const call = graph.calls.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', version: 'v25.0', path: `${PAGE_ID}/messages`, token: TOKEN });
    expect(result.externalId).toBe((call.response as { message_id: string }).message_id);
    expect(result.externalId).toMatch(/^m_/);
  });

  it('returns the new comment\'s id for a public reply', async () => {
    const result = await sendOnFacebook(outbound({ visibility: 'public', conversation: { kind: 'public', threadKey: 'thread:122101_880001' } }), channel(), sendContext(), createUsageGate());
    expect(result.externalId).toMatch(/^122101_\d+$/);
  });

  it('retries a throttled send after Meta\'s estimated time to regain access, and holds the next send too', async () => {
    graph.script(graphAnswers.rateLimited(32, 3));
    const gate = createUsageGate();
    const throttled = channel();
    const error = await sendOnFacebook(outbound(), throttled, sendContext(), gate).catch((e: unknown) => e as SendError);
    expect(error).toMatchObject({ isRetryable: true, retryAfterMs: 180_000 });
    expect((error as SendError).reason).toContain('(#32)');
    const before = graph.calls.length;
    const held = await sendOnFacebook(outbound(), throttled, sendContext(), gate).catch((e: unknown) => e as SendError);
    expect(held).toMatchObject({ isRetryable: true, retryAfterMs: 180_000 });
    expect(graph.calls.length).toBe(before);
  });

  it.each([
    ['HTTP 429', graphAnswers.tooManyRequests()],
    ['code 4', graphAnswers.rateLimited(4)],
    ['code 613', graphAnswers.rateLimited(613)],
    ['a 5xx', graphAnswers.serverError()],
  ])('treats %s as retryable', async (_name, answer) => {
    graph.script(answer);
    await expect(sendOnFacebook(outbound(), channel(), sendContext(), createUsageGate())).rejects.toMatchObject({ isRetryable: true });
  });

  it.each([
    ['a permissions error', graphAnswers.permissionDenied(), 'permission denied: (#10) This endpoint requires'],
    ['the 24-hour window', graphAnswers.outsideWindow(), 'outside the 24-hour messaging window: (#10) This message is sent outside of allowed window.'],
    ['an unavailable user', graphAnswers.userUnavailable(), '(#551) This person isn\'t available right now.'],
  ])('fails %s for good with Meta\'s message', async (_name, answer, reason) => {
    graph.script(answer);
    const error = await sendOnFacebook(outbound(), channel(), sendContext(), createUsageGate()).then(() => null, (e: unknown) => e as SendError);
    if (!error) return expect.unreachable();
    expect(error).toBeInstanceOf(SendError);
    expect(error.isRetryable).toBe(false);
    expect(error.reason).toContain(reason);
    expect(error.reason).toMatch(/fbtrace_id \S+\)$/);
  });

  it('fails for good with a token Meta does not accept', async () => {
    const wrong = metaChannel('facebook', { pageId: PAGE_ID, graphApiBaseUrl: graph.url }, { pageAccessToken: 'EAAwrong', appSecret: 's', verifyToken: 'v' });
    await expect(sendOnFacebook(outbound(), wrong, sendContext(), createUsageGate())).rejects.toMatchObject({ isRetryable: false, reason: expect.stringContaining('reconnect the channel') });
  });

  it('retries when the Graph host cannot be reached', async () => {
    const down = metaChannel('facebook', { pageId: PAGE_ID, graphApiBaseUrl: 'http://127.0.0.1:9' }, { pageAccessToken: TOKEN, appSecret: 's', verifyToken: 'v' });
    await expect(sendOnFacebook(outbound(), down, sendContext(), createUsageGate())).rejects.toMatchObject({ isRetryable: true });
  });
});
