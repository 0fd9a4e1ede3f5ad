// The REST surface: sign-in with cookies and CSRF, tokens and roles, OpenAPI, health and metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

describe('the REST API', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer('sqlite'); });
  afterAll(async () => { await t?.close(); });

  async function login(email = t.adminEmail, password = t.adminPassword) {
    const res = await fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, body: await res.json() as { csrfToken: string } };
  }

  it('signs in with an httpOnly SameSite=Lax session cookie', async () => {
    const { res, cookie } = await login();
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const me = await fetch(`${t.url}/api/v1/me`, { headers: { cookie } });
    expect((await me.json() as { role: string }).role).toBe('admin');
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const { res } = await login(t.adminEmail, 'wrong password!');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const { cookie, body } = await login();
    const without = await fetch(`${t.url}/api/v1/tokens`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x' }) });
    expect(without.status).toBe(403);
    const withHeader = await fetch(`${t.url}/api/v1/tokens`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-parley-csrf': body.csrfToken }, body: JSON.stringify({ name: 'x' }) });
    expect(withHeader.status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const { cookie, body } = await login();
    const out = await fetch(`${t.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-parley-csrf': body.csrfToken }, body: '{}' });
    expect(out.status).toBe(200);
    const me = await fetch(`${t.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(401);
  });

  it('requires authentication on the API', async () => {
    for (const path of ['/api/v1/conversations', '/api/v1/channels', '/api/v1/search?q=a', '/api/v1/reports/overview']) {
      const res = await fetch(t.url + path);
      expect(res.status, path).toBe(401);
    }
    const badToken = await fetch(`${t.url}/api/v1/conversations`, { headers: { authorization: 'Bearer pk_nope' } });
    expect(badToken.status).toBe(401);
  });

  it('enforces roles: a read-only token cannot write, a revoked token stops working', async () => {
    const created = await (await t.api('/api/v1/tokens', { method: 'POST', json: { name: 'reader', scopes: ['read'] } })).json() as { id: string; token: string };
    const asReader = (path: string, init: RequestInit = {}) => fetch(t.url + path, { ...init, headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' } });
    expect((await asReader('/api/v1/conversations')).status).toBe(200);
    expect((await asReader('/api/v1/channels', { method: 'POST', body: JSON.stringify({ network: 'api', name: 'x', config: { deliveryUrl: 'http://127.0.0.1:1/' } }) })).status).toBe(403);
    expect((await t.api(`/api/v1/tokens/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await asReader('/api/v1/conversations')).status).toBe(401);
  });

  it('describes the API in OpenAPI', async () => {
    const doc = await (await fetch(`${t.url}/api/v1/openapi.json`)).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/v1/channels', '/api/v1/conversations', '/api/v1/conversations/{id}', '/api/v1/conversations/{id}/replies',
      '/api/v1/conversations/{id}/assign', '/api/v1/conversations/{id}/notes', '/api/v1/conversations/{id}/tags',
      '/api/v1/conversations/{id}/status', '/api/v1/queue/next', '/api/v1/contacts/{id}', '/api/v1/search']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it('answers health and metrics', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', store: 'sqlite' });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain('parley_http_request_duration_seconds');
  });

  it('answers unknown routes and bad query values with problem+json', async () => {
    const missing = await t.api('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const bad = await t.api('/api/v1/conversations?sort=sideways');
    expect(bad.status).toBe(400);
    expect((await bad.json() as { code: string }).code).toBe('validation_failed');
    const badCursor = await t.api('/api/v1/conversations?cursor=garbage');
    expect(badCursor.status).toBe(400);
  });

  it('refuses an api channel without a deliveryUrl', async () => {
    const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'api', name: 'No URL', config: {} } });
    expect(res.status).toBe(400);
  });

  it('gives the one-tag embed snippet when a web chat is connected', async () => {
    const res = await t.api('/api/v1/channels', { method: 'POST', json: { network: 'webchat', name: 'Site', config: { allowedOrigins: ['https://shop.example'] } } });
    expect(res.status).toBe(201);
    const channel = await res.json() as { id: string; embedSnippet: string };
    expect(channel.embedSnippet).toBe(`<script src="${t.url}/webchat/widget.js" data-channel="${channel.id}" async></script>`);
    const widget = await fetch(`${t.url}/webchat/widget.js`);
    expect(widget.headers.get('content-type')).toContain('javascript');
  });
});
