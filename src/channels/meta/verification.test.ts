import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../domain/errors.ts';
import type { WebhookRequest } from '../channel-adapter.ts';
import { answerVerification } from './verification.ts';

const get = (query: Record<string, string>): WebhookRequest => ({ method: 'GET', headers: {}, query, rawBody: Buffer.alloc(0) });

describe('the hub.* verification handshake', () => {
  it('echoes hub.challenge as text/plain when mode is subscribe and the token matches', () => {
    const reply = answerVerification(get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'meatyhamhock', 'hub.challenge': '1158201444' }), 'meatyhamhock');
    expect(reply).toEqual({ status: 200, body: '1158201444', contentType: 'text/plain; charset=utf-8' });
  });

  it.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }],
    ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'meatyhamhock', 'hub.challenge': '1' }],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': 'meatyhamhock' }],
    ['a challenge that is markup', { 'hub.mode': 'subscribe', 'hub.verify_token': 'meatyhamhock', 'hub.challenge': '<script>alert(1)</script>' }],
  ])('refuses %s with forbidden (403)', (_name, query) => {
    try {
      answerVerification(get(query), 'meatyhamhock');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError);
      expect((error as ParleyError).status).toBe(403);
    }
  });

  it('refuses everything when the channel has no verify token', () => {
    expect(() => answerVerification(get({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '1' }), undefined)).toThrow(ParleyError);
  });
});
