import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoFetch } from './demo-fetch.ts';

describe('the demo fetch', () => {
  let server: http.Server;
  let origin = '';
  beforeAll(async () => {
    server = http.createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reaches the allowed loopback origin and nothing else on loopback', async () => {
    const demo = createDemoFetch(false);
    await expect(demo.fetch(`${origin}/deliveries`, { method: 'POST', body: '{}' })).rejects.toThrow(/private or local/);
    demo.allowOrigin(origin);
    expect(await (await demo.fetch(`${origin}/deliveries`, { method: 'POST', body: '{}' })).text()).toBe('ok');
    await expect(demo.fetch('http://127.0.0.1:9/elsewhere', { method: 'POST', body: '{}' })).rejects.toThrow(/private or local/);
  });
});
