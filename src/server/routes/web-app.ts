// Serves the agent web app at / (the built React app when present, else a short start page).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerWebAssets } from './web-assets.ts';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Scripts only from our own files (no inline script, no eval); the stream is same-origin, which
 * 'self' covers for ws:/wss: too. Inline styles stay allowed for React's style props.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: https:",
  "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
].join('; ');

const START_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1f24}code{background:#eef1f4;padding:.1rem .3rem;border-radius:3px}</style>
</head><body>
<h1>Parley is running</h1>
<p>The API is at <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>; health at <a href="/healthz"><code>/healthz</code></a>.</p>
<p>The agent web app has not been built on this server yet. Programs can do everything through the REST API with a token from <code>npx parley token create --name me</code>.</p>
</body></html>`;

export function registerWebApp(app: FastifyInstance, services: Services): void {
  registerWebAssets(app, services);
  const index = path.join(WEB_DIST, 'index.html');
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    // The page names the current asset hashes, so it must be asked for again after every build.
    reply.header('cache-control', 'no-cache');
    if (fs.existsSync(index)) return reply.type('text/html; charset=utf-8').send(fs.createReadStream(index));
    return reply.type('text/html; charset=utf-8').send(START_PAGE);
  });
}
