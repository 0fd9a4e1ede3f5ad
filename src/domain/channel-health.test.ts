import { describe, expect, it } from 'vitest';
import { assessChannelHealth, isOutage, silenceLimitMs, type HealthFacts } from './channel-health.ts';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const HOUR = 3600_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const healthy: HealthFacts = {
  network: 'facebook', tokenState: 'valid', tokenExpiresAt: null, tokenDetail: null, webhookState: 'subscribed', webhookDetail: null,
  checkError: null, rateLimitedUntil: null, lastError: null, lastEventAt: at(-10 * 60_000), inboundPerDay: 240, isProbed: true,
};
const codes = (facts: Partial<HealthFacts>) => assessChannelHealth({ ...healthy, ...facts }, NOW).problems.map((p) => p.code);

describe('assessChannelHealth', () => {
  it('calls a channel with a valid token, a subscription and recent traffic ok', () => {
    expect(assessChannelHealth(healthy, NOW)).toEqual({ status: 'ok', problems: [] });
  });

  it('warns a week before the token expires and fails once it has', () => {
    const soon = assessChannelHealth({ ...healthy, tokenExpiresAt: at(3 * 24 * HOUR) }, NOW);
    expect(soon.status).toBe('warning');
    expect(soon.problems[0]).toMatchObject({ code: 'token_expiring' });
    expect(soon.problems[0]!.message).toContain('3 days');
    expect(codes({ tokenExpiresAt: at(30 * 24 * HOUR) })).toEqual([]);
    expect(assessChannelHealth({ ...healthy, tokenExpiresAt: at(-HOUR) }, NOW).status).toBe('failing');
    expect(codes({ tokenExpiresAt: at(-HOUR) })).toEqual(['token_expired']);
  });

  it('fails on a refused token or a missing webhook, and puts failing problems first', () => {
    const result = assessChannelHealth({ ...healthy, rateLimitedUntil: at(HOUR), webhookState: 'missing', tokenState: 'invalid', tokenDetail: 'Error validating access token' }, NOW);
    expect(result.status).toBe('failing');
    expect(result.problems.map((p) => p.code)).toEqual(['token_invalid', 'webhook_missing', 'rate_limited']);
    expect(result.problems[0]!.message).toContain('Error validating access token');
  });

  it('shows a rate limit until its reset, and a send error for an hour', () => {
    expect(codes({ rateLimitedUntil: at(10 * 60_000) })).toEqual(['rate_limited']);
    expect(codes({ rateLimitedUntil: at(-1) })).toEqual([]);
    expect(codes({ lastError: `${at(-30 * 60_000)} X answered 503` })).toEqual(['send_failing']);
    expect(codes({ lastError: `${at(-2 * HOUR)} X answered 503` })).toEqual([]);
  });

  it('notices silence against the channel usual volume, and does not judge a quiet channel', () => {
    // 240 a day: one every 6 minutes, so an hour (the floor) of silence is not chance.
    expect(codes({ lastEventAt: at(-90 * 60_000) })).toEqual(['silent']);
    expect(codes({ lastEventAt: at(-30 * 60_000) })).toEqual([]);
    // 30 a day: one every 48 minutes; six gaps are 4.8 hours.
    expect(codes({ inboundPerDay: 30, lastEventAt: at(-4 * HOUR) })).toEqual([]);
    expect(codes({ inboundPerDay: 30, lastEventAt: at(-5 * HOUR) })).toEqual(['silent']);
    expect(codes({ inboundPerDay: 3, lastEventAt: at(-72 * HOUR) })).toEqual([]);
    expect(silenceLimitMs(Number.NaN)).toBeNull();
  });

  it('reports a check that could not reach the network, and stays unknown before any answer', () => {
    expect(codes({ checkError: 'X could not be reached' })).toEqual(['check_failed']);
    const blank = assessChannelHealth({ ...healthy, tokenState: 'unknown', webhookState: 'unknown', lastEventAt: null }, NOW);
    expect(blank.status).toBe('unknown');
    // A network Parley cannot ask (the api channel) is judged by what Parley sees.
    expect(assessChannelHealth({ ...healthy, tokenState: 'unknown', webhookState: 'unknown', isProbed: false }, NOW).status).toBe('ok');
  });

  it('counts failing problems, silence and failed checks as an outage to backfill after', () => {
    const problems = (facts: Partial<HealthFacts>) => assessChannelHealth({ ...healthy, ...facts }, NOW).problems;
    expect(isOutage(problems({ webhookState: 'missing' }))).toBe(true);
    expect(isOutage(problems({ lastEventAt: at(-3 * HOUR) }))).toBe(true);
    expect(isOutage(problems({ rateLimitedUntil: at(HOUR) }))).toBe(false);
    expect(isOutage(problems({ tokenExpiresAt: at(2 * 24 * HOUR) }))).toBe(false);
  });
});
