import { describe, expect, it } from 'vitest';
import { describeXError, rateLimitWaitMs, sendErrorOf } from './api-errors.ts';

const NOW = new Date('2026-09-14T12:00:00Z');
const epoch = (offsetSeconds: number) => String(NOW.getTime() / 1000 + offsetSeconds);

describe("reading X's error answers", () => {
  it('gives the agent the title and detail of a v2 problem', () => {
    expect(describeXError(403, '{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}'))
      .toBe('X answered 403 Forbidden: You are not allowed to create a Tweet with duplicate content.');
  });

  it('adds the per-parameter messages of an invalid request', () => {
    const body = '{"errors":[{"parameters":{"$.reply":["{}"]},"message":"$.reply.in_reply_to_tweet_id: is missing but it is required"}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"}';
    expect(describeXError(400, body)).toBe('X answered 400 Invalid Request: One or more parameters to your request was invalid. — $.reply.in_reply_to_tweet_id: is missing but it is required');
  });

  it('reads the v1.1-style errors list and falls back to raw text', () => {
    expect(describeXError(429, '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}')).toBe('X answered 429: Rate limit exceeded');
    expect(describeXError(502, '<html>Bad   gateway</html>')).toBe('X answered 502: <html>Bad gateway</html>');
    expect(describeXError(500, '')).toBe('X answered 500');
  });
});

describe('how long a 429 waits', () => {
  it('waits until x-rate-limit-reset, given in epoch seconds', () => {
    expect(rateLimitWaitMs(new Headers({ 'x-rate-limit-reset': epoch(120) }), NOW)).toBe(120_000);
    expect(rateLimitWaitMs(new Headers({ 'x-rate-limit-reset': epoch(-5) }), NOW)).toBe(0);
  });

  it('waits for an exhausted 24-hour cap when it resets later than the window', () => {
    const headers = new Headers({
      'x-rate-limit-reset': epoch(60), 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': epoch(3600),
      'x-app-limit-24hour-remaining': '1200', 'x-app-limit-24hour-reset': epoch(7200),
    });
    expect(rateLimitWaitMs(headers, NOW)).toBe(3_600_000);
  });

  it('falls back to Retry-After, then to none', () => {
    expect(rateLimitWaitMs(new Headers({ 'retry-after': '7' }), NOW)).toBe(7000);
    expect(rateLimitWaitMs(new Headers({ 'x-rate-limit-reset': 'soon' }), NOW)).toBeUndefined();
  });

  it('makes 429 and 5xx retryable and every other refusal final', () => {
    const answer = (status: number) => sendErrorOf(new Response('{}', { status }), '{}', NOW).isRetryable;
    expect([429, 500, 503].map(answer)).toEqual([true, true, true]);
    expect([400, 401, 403, 404].map(answer)).toEqual([false, false, false, false]);
  });
});
