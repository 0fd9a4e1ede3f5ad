import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ParleyError } from '../domain/errors.ts';
import { sendProblem } from './problem.ts';

describe('problem responses', () => {
  it('say when to come back in a Retry-After header when the refusal knows', async () => {
    const app = Fastify();
    app.get('/behind', async (request, reply) => sendProblem(reply,
      new ParleyError('unavailable', 'ingest is 20000 events behind; retry in 4 s', { retryAfterSeconds: 4 }), request));
    app.get('/missing', async (request, reply) => sendProblem(reply, new ParleyError('not_found', 'no such thing'), request));
    const behind = await app.inject({ method: 'GET', url: '/behind' });
    expect(behind.statusCode).toBe(503);
    expect(behind.headers['retry-after']).toBe('4');
    expect(behind.headers['content-type']).toContain('application/problem+json');
    expect(behind.json()).toMatchObject({ code: 'unavailable', status: 503, retryAfterSeconds: 4 });
    const missing = await app.inject({ method: 'GET', url: '/missing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['retry-after']).toBeUndefined();
    await app.close();
  });
});
