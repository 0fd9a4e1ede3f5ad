import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import type { WebhookRequest } from '../channel-adapter.ts';
import { ParleyError } from '../../domain/errors.ts';
import { answerCrc, verifyDelivery, xSignature } from './webhook.ts';
import { signDelivery } from './activity-deliveries.ts';

const CONSUMER_SECRET = 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw';

const channel: ChannelWithSecrets = {
  id: 'ch_x', workspaceId: 'ws', network: 'x', name: 'Norda Air', createdAt: '2026-09-14T00:00:00Z', lastEventAt: null, lastError: null,
  config: { userId: '1498765432109876543', handle: 'NordaAir', consumerKey: 'xvz1evFS4wEEPTGEFPHBog' },
  secrets: { consumerSecret: CONSUMER_SECRET, accessToken: 't', accessTokenSecret: 's' },
};

function request(partial: Partial<WebhookRequest>): WebhookRequest {
  return { method: 'POST', headers: {}, query: {}, rawBody: Buffer.alloc(0), ...partial };
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ParleyError) return error.code;
    throw error;
  }
  return 'none';
}

describe('the CRC challenge', () => {
  it('answers with sha256= and the base64 HMAC-SHA256 of crc_token keyed by the consumer secret', () => {
    const reply = answerCrc(request({ method: 'GET', query: { crc_token: 'challenge-token-123' } }), channel);
    const expected = createHmac('sha256', CONSUMER_SECRET).update('challenge-token-123').digest('base64');
    expect(reply).toEqual({ status: 200, body: { response_token: `sha256=${expected}` } });
  });

  it('refuses a check without crc_token with 400', () => {
    expect(codeOf(() => answerCrc(request({ method: 'GET' }), channel))).toBe('bad_request');
  });
});

describe('delivery signatures', () => {
  const body = { for_user_id: '1498765432109876543', follow_events: [] };

  it('accepts a body signed with the consumer secret', () => {
    const { rawBody, headers } = signDelivery(CONSUMER_SECRET, body);
    expect(headers['x-twitter-webhooks-signature']).toBe(xSignature(CONSUMER_SECRET, rawBody));
    expect(() => verifyDelivery(request({ headers, rawBody: Buffer.from(rawBody) }), channel)).not.toThrow();
  });

  it('refuses a forged signature, a tampered body and a missing header', () => {
    const { rawBody, headers } = signDelivery('someone-else', body);
    expect(codeOf(() => verifyDelivery(request({ headers, rawBody: Buffer.from(rawBody) }), channel))).toBe('invalid_signature');
    const signed = signDelivery(CONSUMER_SECRET, body);
    expect(codeOf(() => verifyDelivery(request({ headers: signed.headers, rawBody: Buffer.from(signed.rawBody + ' ') }), channel))).toBe('invalid_signature');
    expect(codeOf(() => verifyDelivery(request({ rawBody: Buffer.from(signed.rawBody) }), channel))).toBe('invalid_signature');
  });

  it('checks the exact bytes received, so escaped and raw Unicode sign differently', () => {
    const raw = '{"for_user_id":"1","follow_events":[],"x":"Ђ"}';
    const escaped = '{"for_user_id":"1","follow_events":[],"x":"\\u0402"}';
    const headers = { 'x-twitter-webhooks-signature': xSignature(CONSUMER_SECRET, raw) };
    expect(() => verifyDelivery(request({ headers, rawBody: Buffer.from(raw) }), channel)).not.toThrow();
    expect(codeOf(() => verifyDelivery(request({ headers, rawBody: Buffer.from(escaped) }), channel))).toBe('invalid_signature');
  });

  it('refuses everything when the channel has no consumer secret', () => {
    const { rawBody, headers } = signDelivery('', body);
    const bare = { ...channel, secrets: {} };
    expect(codeOf(() => verifyDelivery(request({ headers, rawBody: Buffer.from(rawBody) }), bare))).toBe('invalid_signature');
  });
});
