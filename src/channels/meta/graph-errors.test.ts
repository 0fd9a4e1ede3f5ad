import { describe, expect, it } from 'vitest';
import { readGraphError, toSendError } from './graph-errors.ts';
import { readUsage, createUsageGate } from './usage.ts';

const noUsage = { percent: null, regainAccessMs: null };
const body = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: `(#${code}) boom`, type: 'OAuthException', code, fbtrace_id: 'AbC', ...extra } });

describe('reading Graph API errors', () => {
  it('reads Meta\'s error body', () => {
    expect(readGraphError(body(10, { error_subcode: 2018278 }))).toEqual({
      message: '(#10) boom', type: 'OAuthException', code: 10, subcode: 2018278, fbtraceId: 'AbC', isTransient: false, isRateLimit: false,
    });
    expect(readGraphError({ id: '1' })).toBeNull();
    expect(readGraphError('nope')).toBeNull();
  });

  it.each([[4], [17], [32], [613], [80001], [80002], [80006]])('retries throttling code %i', (code) => {
    expect(toSendError(400, body(code), '', noUsage)).toMatchObject({ isRetryable: true });
  });

  it.each([[1], [2]])('retries the temporary code %i and is_transient errors', (code) => {
    expect(toSendError(400, body(code), '', noUsage).isRetryable).toBe(true);
    expect(toSendError(400, body(100, { is_transient: true }), '', noUsage).isRetryable).toBe(true);
  });

  it('uses the regain time from the usage headers as the wait', () => {
    expect(toSendError(400, body(4), '', { percent: 100, regainAccessMs: 120_000 }).retryAfterMs).toBe(120_000);
  });

  it('retries HTTP 429 and 5xx without a Graph body, and not a 400', () => {
    expect(toSendError(429, null, 'slow down', noUsage).isRetryable).toBe(true);
    expect(toSendError(502, null, '<html>bad gateway</html>', noUsage).isRetryable).toBe(true);
    expect(toSendError(400, null, 'nope', noUsage)).toMatchObject({ isRetryable: false, reason: 'HTTP 400: nope' });
  });
});

describe('Meta usage headers', () => {
  it('reads the highest share used and the regain time (minutes) from X-App-Usage and X-Business-Use-Case-Usage', () => {
    const headers = new Headers({
      'x-app-usage': '{"call_count":28,"total_time":25,"total_cputime":25}',
      'x-business-use-case-usage': '{"1755847768034402":[{"type":"pages","call_count":95,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":0},{"type":"messenger","call_count":10,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":7}]}',
    });
    expect(readUsage(headers)).toEqual({ percent: 95, regainAccessMs: 7 * 60_000 });
    expect(readUsage(new Headers({ 'x-app-usage': 'not json' }))).toEqual({ percent: null, regainAccessMs: null });
  });

  it('spaces sends out above 90 % and holds them until the regain time', () => {
    const gate = createUsageGate({ pauseMs: 30_000 });
    const t0 = new Date('2026-11-24T10:00:00Z');
    gate.record('ch', { percent: 50, regainAccessMs: null }, t0);
    expect(gate.waitMs('ch', t0)).toBe(0);
    gate.record('ch', { percent: 92, regainAccessMs: null }, t0);
    expect(gate.waitMs('ch', t0)).toBe(30_000);
    expect(gate.waitMs('ch', new Date(t0.getTime() + 30_000))).toBe(0);
    gate.record('ch', { percent: 100, regainAccessMs: 300_000 }, t0);
    expect(gate.waitMs('ch', new Date(t0.getTime() + 60_000))).toBe(240_000);
    expect(gate.waitMs('other', t0)).toBe(0);
  });
});
